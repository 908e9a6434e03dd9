package org.puente.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.puente.exchange.HandlingCode;
import org.puente.exchange.RequestType;
import org.puente.exchange.SourceReliability;
import org.puente.exchange.Urgency;
import org.puente.security.AuditWithheld;
import org.puente.shared.Classification;

/**
 * A message in a case, immutable once sent (no setters; Hibernate never writes it again).
 * Its hash covers its canonical form and the previous message's hash; the sending
 * ministry signs the canonical form. Indexed for search with its reader keys and
 * classification level, so the search itself filters what a user may see.
 */
@Entity
@Immutable
@Indexed(index = "exchange_message")
@Table(name = "exchange_message")
public class ExchangeMessage {

	@Id
	@DocumentId
	private UUID id;

	@KeywordField
	@Column(name = "case_id", nullable = false)
	private UUID caseId;

	@Column(nullable = false)
	private int seq;

	@Column(name = "sender_agency", nullable = false)
	private String senderAgency;

	@Column(name = "sender_ministry", nullable = false)
	private String senderMinistry;

	@Column(name = "sender_user", nullable = false)
	private String senderUser;

	@Column(name = "sender_name", nullable = false)
	private String senderName;

	@AuditWithheld
	@FullTextField(analyzer = "text")
	@Column(nullable = false)
	private String subject;

	@AuditWithheld
	@FullTextField(analyzer = "text")
	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@GenericField
	@Column(name = "classification_level", nullable = false)
	private int classificationLevel;

	@Column(name = "handling_codes", nullable = false)
	private String handlingCodes;

	@AuditWithheld
	@Column(name = "handling_text")
	private String handlingText;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_reliability")
	private SourceReliability sourceReliability;

	@Column(name = "information_accuracy")
	private Integer informationAccuracy;

	@Enumerated(EnumType.STRING)
	@Column(name = "request_type", nullable = false)
	private RequestType requestType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Urgency urgency;

	private Instant deadline;

	@Column(name = "reply_to")
	private UUID replyTo;

	@Column(name = "correction_of")
	private UUID correctionOf;

	@Column(name = "forward_of")
	private UUID forwardOf;

	@GenericField(sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(name = "prev_hash", nullable = false)
	private String prevHash;

	@Column(nullable = false)
	private String hash;

	@Column(name = "signature_key")
	private String signatureKey;

	@Column(name = "signature_algorithm")
	private String signatureAlgorithm;

	@Column(name = "signature_value")
	private String signatureValue;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exchange_message_addressee", joinColumns = @JoinColumn(name = "message_id"))
	@Column(name = "agency_code")
	private Set<String> addressees = new LinkedHashSet<>();

	@KeywordField
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exchange_message_reader", joinColumns = @JoinColumn(name = "message_id"))
	@Column(name = "reader")
	private Set<String> readers = new LinkedHashSet<>();

	protected ExchangeMessage() {
	}

	ExchangeMessage(Draft draft, int seq, String prevHash, String hash, Instant sentAt, Set<String> readers,
			String signatureKey, String signatureAlgorithm, String signatureValue) {
		this.id = draft.id();
		this.caseId = draft.caseId();
		this.seq = seq;
		this.senderAgency = draft.senderAgency();
		this.senderMinistry = draft.senderMinistry();
		this.senderUser = draft.senderUser();
		this.senderName = draft.senderName();
		this.subject = draft.subject();
		this.body = draft.body();
		this.language = draft.language();
		this.classification = draft.classification();
		this.classificationLevel = draft.classification().ordinal();
		this.handlingCodes = String.join(",", draft.handlingCodes().stream().map(Enum::name).sorted().toList());
		this.handlingText = draft.handlingText();
		this.sourceReliability = draft.sourceReliability();
		this.informationAccuracy = draft.informationAccuracy();
		this.requestType = draft.requestType();
		this.urgency = draft.urgency();
		this.deadline = draft.deadline();
		this.replyTo = draft.replyTo();
		this.correctionOf = draft.correctionOf();
		this.forwardOf = draft.forwardOf();
		this.sentAt = sentAt;
		this.prevHash = prevHash;
		this.hash = hash;
		this.signatureKey = signatureKey;
		this.signatureAlgorithm = signatureAlgorithm;
		this.signatureValue = signatureValue;
		this.addressees.addAll(draft.addressees());
		this.readers.addAll(readers);
	}

	/** Everything a message is made of before it gets its place in the chain. */
	record Draft(UUID id, UUID caseId, String senderAgency, String senderMinistry, String senderUser, String senderName,
			String subject, String body, String language, Classification classification,
			Set<HandlingCode> handlingCodes, String handlingText, SourceReliability sourceReliability,
			Integer informationAccuracy, RequestType requestType, Urgency urgency, Instant deadline, UUID replyTo,
			UUID correctionOf, UUID forwardOf, List<String> addressees) {
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public int seq() {
		return seq;
	}

	public String senderAgency() {
		return senderAgency;
	}

	public String senderMinistry() {
		return senderMinistry;
	}

	public String senderUser() {
		return senderUser;
	}

	public String senderName() {
		return senderName;
	}

	public String subject() {
		return subject;
	}

	public String body() {
		return body;
	}

	public String language() {
		return language;
	}

	public Classification classification() {
		return classification;
	}

	public List<HandlingCode> handlingCodes() {
		List<HandlingCode> codes = new ArrayList<>();
		Arrays.stream(handlingCodes.split(","))
			.filter(s -> !s.isBlank())
			.forEach(s -> codes.add(HandlingCode.valueOf(s)));
		return codes;
	}

	String handlingCodesText() {
		return handlingCodes;
	}

	public String handlingText() {
		return handlingText;
	}

	public SourceReliability sourceReliability() {
		return sourceReliability;
	}

	public Integer informationAccuracy() {
		return informationAccuracy;
	}

	public RequestType requestType() {
		return requestType;
	}

	public Urgency urgency() {
		return urgency;
	}

	public Instant deadline() {
		return deadline;
	}

	public UUID replyTo() {
		return replyTo;
	}

	public UUID correctionOf() {
		return correctionOf;
	}

	public UUID forwardOf() {
		return forwardOf;
	}

	public Instant sentAt() {
		return sentAt;
	}

	public String prevHash() {
		return prevHash;
	}

	public String hash() {
		return hash;
	}

	public String signatureKey() {
		return signatureKey;
	}

	public String signatureAlgorithm() {
		return signatureAlgorithm;
	}

	public String signatureValue() {
		return signatureValue;
	}

	public Set<String> addressees() {
		return addressees;
	}

	public Set<String> readers() {
		return readers;
	}

}
