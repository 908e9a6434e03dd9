package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One dated step of a record's status history, with the editor's note and, when the step
 * skipped the usual order, the reason they gave for it.
 */
@Embeddable
public record StatusChange(@Column(name = "status", nullable = false) String status,
		@Column(name = "changed_on", nullable = false) LocalDate changedOn, @Column(name = "note") String note,
		@Column(name = "override_reason") String overrideReason,
		@Column(name = "changed_by", nullable = false) String changedBy,
		@Column(name = "changed_at", nullable = false) Instant changedAt) {
}
