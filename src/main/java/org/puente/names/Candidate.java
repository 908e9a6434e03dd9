package org.puente.names;

import java.util.List;
import java.util.Set;

/**
 * One person a name index can find: a watchlist entry, a directory person.
 *
 * @param id the owner's identifier, returned in matches
 * @param fullName the name as written
 * @param aliases other names and spellings as written
 * @param birth date of birth, or {@code null} when unknown
 * @param sex "M", "F" or {@code null}
 * @param nationalities ISO 3166 alpha-2 codes
 * @param documents identity document numbers as written
 */
public record Candidate(String id, String fullName, List<String> aliases, BirthDate birth, String sex,
		Set<String> nationalities, Set<String> documents) {

	public Candidate {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
		documents = documents == null ? Set.of() : Set.copyOf(documents);
	}

}
