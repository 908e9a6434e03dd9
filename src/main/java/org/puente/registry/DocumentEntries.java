package org.puente.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pieces printed documents are made of: registry records already put in the reader's
 * language (titles, agency and area names), with only what the reader may see (internal
 * records and notes only for the owning ministry). Statuses, kinds, roles and sides stay
 * codes for the document's own labels.
 */
public final class DocumentEntries {

	private DocumentEntries() {
	}

	/** A record named for a form: its title in a language and its main date. */
	public record Heading(UUID id, String title, LocalDate date) {
	}

	/** One dated step of a status history. */
	public record Step(String status, LocalDate on, String note) {
	}

	/** A delegation member with the rank and position recorded for that day. */
	public record Member(UUID person, String name, String side, String role, String rank, String position) {
	}

	/** An agreement signed, reviewed or referred to at an engagement. */
	public record AgreementAction(UUID agreement, String title, String action, String engagement, LocalDate on) {
	}

	/** An engagement; {@code parentTitle} names the visit it was part of. */
	public record Engagement(UUID id, String kind, String title, LocalDate startDate, LocalDate endDate,
			boolean dateApproximate, String place, String host, String guest, String outcomes, String parentTitle,
			List<Member> delegation, List<AgreementAction> agreements, boolean internal, String internalNote) {
	}

	/**
	 * A commitment with its whole history; {@code areaCodes} keep the order of
	 * {@code areas} (names).
	 */
	public record Commitment(UUID id, String text, String status, String agreedBy, String proposedBy,
			String responsible, String responsibleUnit, LocalDate dueDate, String duePeriod, List<String> areaCodes,
			List<String> areas, List<Step> history, UUID originEngagement, boolean overdue, boolean internal,
			String internalNote) {

		/** The status the history shows on a day, or null if recorded after it. */
		public String statusOn(LocalDate day) {
			String status = null;
			for (Step step : history) {
				if (!step.on().isAfter(day)) {
					status = step.status();
				}
			}
			return status;
		}

	}

	/** An activity carrying commitments out. */
	public record Activity(UUID id, String kind, String title, LocalDate startDate, LocalDate endDate, String status,
			String place, Integer trainees, String trainer, String items, BigDecimal value, String currency,
			boolean internal, String internalNote) {
	}

	/**
	 * An agreement and where it stands: its history, its commitments by status, its last
	 * review.
	 */
	public record Agreement(UUID id, String title, String kind, String status, LocalDate signedOn, String signedPlace,
			LocalDate entryIntoForce, LocalDate expiresOn, List<String> parties, List<Step> history,
			Map<String, Long> commitmentsByStatus, Review lastReview, boolean internal, String internalNote) {
	}

	/** An implementation review held on a day, with its conclusions. */
	public record Review(LocalDate date, String engagement, String conclusions, boolean internal, String internalNote) {
	}

}
