package org.puente.exchange.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.exchange.CaseStatus;
import org.puente.exchange.Priority;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A matter the partner agencies exchange messages about. Holds the head of the case's
 * hash chain: the number of messages and the hash of the last one.
 */
@Entity
@Table(name = "exchange_case")
@EntityListeners(AuditingEntityListener.class)
public class ExchangeCase {

	static final String GENESIS = "0".repeat(64);

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "owner_agency", nullable = false, updatable = false)
	private String ownerAgency;

	@Column(name = "agreement_id")
	private UUID agreementId;

	@Column(name = "activity_id")
	private UUID activityId;

	@Column(name = "message_count", nullable = false)
	private int messageCount;

	@Column(name = "last_hash", nullable = false)
	private String lastHash = GENESIS;

	@ElementCollection
	@CollectionTable(name = "exchange_case_area", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "area_code")
	private Set<String> areas = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "exchange_case_agency", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "agency_code")
	private Set<String> agencies = new LinkedHashSet<>();

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected ExchangeCase() {
	}

	ExchangeCase(String reference, String ownerAgency) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.ownerAgency = ownerAgency;
		this.status = CaseStatus.OPEN;
	}

	void describe(String title, Priority priority, Set<String> areas, Set<String> agencies, UUID agreementId,
			UUID activityId) {
		this.title = title;
		this.priority = priority;
		this.areas.clear();
		this.areas.addAll(areas);
		this.agencies.clear();
		this.agencies.addAll(agencies);
		this.agreementId = agreementId;
		this.activityId = activityId;
	}

	void moveTo(CaseStatus status) {
		this.status = status;
	}

	/** Moves the chain head on to a new message; returns its sequence number. */
	int append(String hash) {
		this.messageCount++;
		this.lastHash = hash;
		return messageCount;
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public String title() {
		return title;
	}

	public Priority priority() {
		return priority;
	}

	public CaseStatus status() {
		return status;
	}

	public String ownerAgency() {
		return ownerAgency;
	}

	public UUID agreementId() {
		return agreementId;
	}

	public UUID activityId() {
		return activityId;
	}

	public int messageCount() {
		return messageCount;
	}

	public String lastHash() {
		return lastHash;
	}

	public Set<String> areas() {
		return areas;
	}

	public Set<String> agencies() {
		return agencies;
	}

	public Stamp stamp() {
		return stamp;
	}

	public long version() {
		return version;
	}

}
