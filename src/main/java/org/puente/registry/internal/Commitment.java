package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * Something the sides undertook to do, from an engagement or an agreement: what both
 * sides agreed, or what one side only proposed or requested; followed through a dated
 * status history with a note per change.
 */
@Entity
@Table(name = "commitment")
@Indexed(index = "commitment")
public class Commitment extends SharedRecord {

	/** Whether both sides agreed, or one side proposed or requested it. */
	public enum AgreedBy {

		BOTH, ONE_SIDE

	}

	@Embedded
	@IndexedEmbedded
	@AttributeOverrides({ @AttributeOverride(name = "vi", column = @Column(name = "text_vi")),
			@AttributeOverride(name = "es", column = @Column(name = "text_es")),
			@AttributeOverride(name = "en", column = @Column(name = "text_en")) })
	private Texts text;

	@Column(name = "responsible_agency")
	private String responsibleAgency;

	@Column(name = "responsible_unit")
	private String responsibleUnit;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "due_period")
	private String duePeriod;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitmentStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "agreed_by", nullable = false)
	private AgreedBy agreedBy;

	@Column(name = "proposed_by")
	private String proposedBy;

	@Column(name = "origin_engagement_id")
	private UUID originEngagementId;

	@Column(name = "origin_agreement_id")
	private UUID originAgreementId;

	@ElementCollection
	@CollectionTable(name = "commitment_area", joinColumns = @JoinColumn(name = "commitment_id"))
	@Column(name = "area_code")
	private Set<String> areas = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "commitment_source", joinColumns = @JoinColumn(name = "commitment_id"))
	@Column(name = "source")
	private Set<String> sources = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "commitment_raised_at", joinColumns = @JoinColumn(name = "commitment_id"))
	@Column(name = "engagement_id")
	private Set<UUID> raisedAt = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "commitment_status_change", joinColumns = @JoinColumn(name = "commitment_id"))
	@OrderBy("changedAt")
	private List<StatusChange> history = new ArrayList<>();

	protected Commitment() {
	}

	public Commitment(UUID partnershipId, String ownerAgency, CommitmentStatus status) {
		super(partnershipId, ownerAgency);
		this.status = status;
	}

	public void update(Texts text, String responsibleAgency, String responsibleUnit, LocalDate dueDate,
			String duePeriod, AgreedBy agreedBy, String proposedBy, UUID originEngagementId, UUID originAgreementId,
			Set<String> areas, Set<String> sources, Set<UUID> raisedAt) {
		this.text = text;
		this.responsibleAgency = responsibleAgency;
		this.responsibleUnit = responsibleUnit;
		this.dueDate = dueDate;
		this.duePeriod = duePeriod;
		this.agreedBy = agreedBy;
		this.proposedBy = proposedBy;
		this.originEngagementId = originEngagementId;
		this.originAgreementId = originAgreementId;
		Sets.replace(this.areas, areas);
		Sets.replace(this.sources, sources);
		Sets.replace(this.raisedAt, raisedAt);
	}

	public void moveTo(CommitmentStatus status, StatusChange change) {
		this.status = status;
		this.history.add(change);
	}

	public Texts text() {
		return text;
	}

	public String responsibleAgency() {
		return responsibleAgency;
	}

	public String responsibleUnit() {
		return responsibleUnit;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public String duePeriod() {
		return duePeriod;
	}

	public CommitmentStatus status() {
		return status;
	}

	public AgreedBy agreedBy() {
		return agreedBy;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public UUID originEngagementId() {
		return originEngagementId;
	}

	public UUID originAgreementId() {
		return originAgreementId;
	}

	public Set<String> areas() {
		return areas;
	}

	public Set<String> sources() {
		return sources;
	}

	public Set<UUID> raisedAt() {
		return raisedAt;
	}

	public List<StatusChange> history() {
		return history;
	}

}
