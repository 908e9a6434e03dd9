package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.puente.security.AuditLog;
import org.puente.shared.Checks;

/**
 * The rules of a status change: a move must follow the usual order, unless the editor
 * says why it may skip (an override reason, kept in the history).
 */
final class Transitions {

	private Transitions() {
	}

	/** The checked change, or throws naming every refused field. */
	static <S extends Enum<S> & Lifecycle<S>> Step<S> check(S current, StatusForm form, Class<S> type,
			boolean noteRequired) {
		Checks checks = new Checks();
		S target = Inputs.choice(checks, "status", form.status(), type, true);
		LocalDate on = checks.date("on", form.on());
		if (noteRequired) {
			checks.required("note", form.note(), 2000);
		}
		else {
			checks.optional("note", form.note(), 2000);
		}
		checks.optional("overrideReason", form.overrideReason(), 2000);
		String reason = Inputs.blankToNull(form.overrideReason());
		if (target != null) {
			if (target == current) {
				checks.fail("status", "status.unchanged");
			}
			else if (!current.allows(target) && reason == null) {
				checks.fail("overrideReason", "status.skip.needs.reason");
			}
		}
		checks.orThrow();
		StatusChange change = new StatusChange(target.name(), on == null ? LocalDate.now() : on,
				Inputs.blankToNull(form.note()), current.allows(target) ? null : reason, AuditLog.currentActor(),
				Instant.now());
		return new Step<>(target, change);
	}

	/** The first entry of a history: how the record started. */
	static StatusChange first(Enum<?> status, LocalDate on, String note) {
		return new StatusChange(status.name(), on == null ? LocalDate.now() : on, note, null, AuditLog.currentActor(),
				Instant.now());
	}

	/** A checked status change. */
	record Step<S>(S status, StatusChange change) {
	}

}
