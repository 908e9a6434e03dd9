package org.puente.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.puente.security.CurrentUser;

/**
 * What source import may write to the directory: people an article names that the
 * directory does not know, and what an article says about a person's rank or position,
 * kept as a sourced claim beside the others rather than overwriting them.
 */
public interface SourcedPeople {

	/**
	 * A new, unclassified person, created by an editor; the spelling without diacritics
	 * is kept as a variant.
	 */
	UUID createPerson(CurrentUser user, String fullName, String country, String source);

	/**
	 * Adds a sourced claim (attribute RANK or POSITION) unless the person already has the
	 * same value from the same source; returns whether it added one. Any editor may add
	 * one: a claim is evidence beside the others, not a change of the record.
	 */
	boolean addClaim(CurrentUser user, UUID person, String attribute, String value, LocalDate asOf, String source);

}
