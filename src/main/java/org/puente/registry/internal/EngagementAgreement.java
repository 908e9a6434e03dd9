package org.puente.registry.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An agreement signed, reviewed or referred to at an engagement. */
@Entity
@Table(name = "engagement_agreement")
public class EngagementAgreement {

	/** What happened to the agreement at the engagement. */
	public enum Action {

		SIGNED, REVIEWED, REFERRED

	}

	/** The link as an editor gives it. */
	public record Link(UUID agreementId, Action action) {
	}

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "engagement_id")
	private Engagement engagement;

	@Column(name = "agreement_id", nullable = false)
	private UUID agreementId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Action action;

	protected EngagementAgreement() {
	}

	EngagementAgreement(Engagement engagement, Link link) {
		this.id = UUID.randomUUID();
		this.engagement = engagement;
		this.agreementId = link.agreementId();
		this.action = link.action();
	}

	Link link() {
		return new Link(agreementId, action);
	}

	public Engagement engagement() {
		return engagement;
	}

	public UUID agreementId() {
		return agreementId;
	}

	public Action action() {
		return action;
	}

}
