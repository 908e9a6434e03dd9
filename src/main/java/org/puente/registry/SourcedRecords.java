package org.puente.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.puente.security.CurrentUser;

/**
 * What source import may ask of the registry: the engagements an article may report, and
 * the records a desk officer accepts from it, created through the registry's own services
 * (so validation, ownership, audit and search indexing are the same as in the forms).
 */
public interface SourcedRecords {

	/** An engagement an article may report, with how well it fits (higher is better). */
	record Candidate(UUID id, UUID partnership, String kind, String title, LocalDate start, LocalDate end,
			String placeCity, String placeCountry, UUID parent, int score, List<Member> delegation,
			List<String> sources, boolean editable) {
	}

	/** A delegation member as recorded. */
	record Member(UUID person, String name, String side, String rank, String position) {
	}

	/** An agreement the user may link to. */
	record AgreementOption(UUID id, UUID partnership, String title, LocalDate signedOn) {
	}

	/**
	 * What an article says about when, where and what kind of meeting: {@code yearKnown}
	 * false when only the day and month are given.
	 */
	record Event(LocalDate from, LocalDate to, boolean yearKnown, String country, String kind) {
	}

	/** Engagements the user may see that may be the event, best first. */
	List<Candidate> sameEvent(CurrentUser user, Event event, int limit);

	/** Every engagement the user may see, latest first: the other choices of a match. */
	List<Candidate> engagements(CurrentUser user, int limit);

	/** One engagement the user may see. */
	Candidate engagement(CurrentUser user, UUID id);

	/** Agreements the user may see, for linking. */
	List<AgreementOption> agreements(CurrentUser user);

	/** A new engagement as accepted from an article. */
	record NewEngagement(String partnership, String kind, String language, String title, String startDate,
			String endDate, boolean dateApproximate, String placeCity, String placeCountry, String hostAgency,
			String guestAgency, List<String> areas, String source, List<NewMember> delegation,
			List<AgreementUse> agreements) {
	}

	/** A delegation member: a directory person, side (HOST, GUEST), rank and position. */
	record NewMember(UUID person, String side, String role, String rank, String position) {
	}

	/** An agreement signed, reviewed or referred to (SIGNED, REVIEWED, REFERRED). */
	record AgreementUse(UUID agreement, String action) {
	}

	UUID createEngagement(CurrentUser user, NewEngagement engagement);

	/**
	 * Names the article among the engagement's sources (and adds the areas it reports)
	 * when the user's ministry keeps the engagement; returns whether it did. The citation
	 * itself is kept by source import either way.
	 */
	boolean attachSource(CurrentUser user, UUID engagement, String source, List<String> areas);

	/** A commitment reported at an engagement. */
	record NewCommitment(UUID engagement, String language, String text, boolean agreedByBoth, String proposedBy,
			List<String> areas, String source) {
	}

	UUID createCommitment(CurrentUser user, NewCommitment commitment);

	/** An agreement an article reports that the registry does not hold yet. */
	record NewAgreement(String partnership, String kind, String status, String language, String title, String signedOn,
			List<String> parties, List<String> areas, String source) {
	}

	UUID createAgreement(CurrentUser user, NewAgreement agreement);

}
