package org.puente.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.security.CurrentUser;
import org.puente.shared.Classification;

/**
 * What other modules (the registry) may ask of the directory without reaching into its
 * internals: people, their standing on a date, partnerships and areas.
 */
public interface DirectoryLookup {

	/** A person as a reference: the name shown and the other spellings sources use. */
	record PersonRef(UUID id, String fullName, String country, List<String> variants) {
	}

	/** A person's rank and position as the sources give them on a date. */
	record Standing(String rank, String position) {
	}

	Optional<PersonRef> person(UUID id);

	/**
	 * Every person marked no higher than {@code upTo}, with their other spellings: the
	 * names article extraction matches against.
	 */
	List<PersonRef> people(Classification upTo);

	/**
	 * A person with their dated roles and every source's claims, if the user is cleared
	 * to see them.
	 */
	Optional<PersonView> personView(CurrentUser user, UUID id);

	/** The person whose full name (or a known spelling of it) is exactly this one. */
	Optional<PersonRef> personByName(String fullName);

	/**
	 * Rank and position on a date: the latest claim made on or before it, else the
	 * earliest.
	 */
	Standing standingOn(UUID person, LocalDate day);

	Optional<PartnershipView> partnership(UUID id);

	Optional<PartnershipView> partnershipByCode(String code);

	List<PartnershipView> partnerships();

	boolean areaExists(String code);

	/**
	 * People whose name or a known spelling of it starts with the words (ignoring case
	 * and diacritics), best match first, among those the user is cleared to see.
	 */
	List<PersonSummary> findPeople(CurrentUser user, String query, int limit);

	/** The cooperation areas in their order, with names in the three languages. */
	List<AreaView> areas();

	/**
	 * Every agency and unit with its names in the three languages, each ministry followed
	 * by its units.
	 */
	List<AgencyView> agencies();

}
