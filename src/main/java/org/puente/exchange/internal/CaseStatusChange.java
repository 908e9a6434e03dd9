package org.puente.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.puente.exchange.CaseStatus;

/** One step of a case's status history (the first is its opening). */
@Entity
@Immutable
@Table(name = "exchange_case_status")
public class CaseStatusChange {

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	private String note;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected CaseStatusChange() {
	}

	CaseStatusChange(UUID caseId, CaseStatus status, String note, String changedBy, Instant changedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.status = status;
		this.note = note;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public UUID caseId() {
		return caseId;
	}

	public CaseStatus status() {
		return status;
	}

	public String note() {
		return note;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

}
