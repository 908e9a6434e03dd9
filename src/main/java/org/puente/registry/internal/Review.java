package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An implementation review of an agreement at an engagement: the reviewers' conclusions
 * and a snapshot, computed when the review is recorded, of which commitments moved since
 * the previous review and which are overdue or stalled.
 */
@Entity
@Indexed(index = "review")
@Table(name = "review")
public class Review extends SharedRecord {

	@Column(name = "agreement_id", nullable = false)
	private UUID agreementId;

	@Column(name = "engagement_id")
	private UUID engagementId;

	@Column(name = "review_date", nullable = false)
	private LocalDate reviewDate;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String conclusions;

	@Column(nullable = false)
	private String snapshot;

	@ElementCollection
	@CollectionTable(name = "review_source", joinColumns = @JoinColumn(name = "review_id"))
	@Column(name = "source")
	private Set<String> sources = new LinkedHashSet<>();

	protected Review() {
	}

	public Review(UUID partnershipId, String ownerAgency, UUID agreementId) {
		super(partnershipId, ownerAgency);
		this.agreementId = agreementId;
	}

	public void update(UUID engagementId, LocalDate reviewDate, String conclusions, Set<String> sources) {
		this.engagementId = engagementId;
		this.reviewDate = reviewDate;
		this.conclusions = conclusions;
		Sets.replace(this.sources, sources);
	}

	public void snapshot(String snapshot) {
		this.snapshot = snapshot;
	}

	public UUID agreementId() {
		return agreementId;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public LocalDate reviewDate() {
		return reviewDate;
	}

	public String conclusions() {
		return conclusions;
	}

	public String snapshot() {
		return snapshot;
	}

	public Set<String> sources() {
		return sources;
	}

}
