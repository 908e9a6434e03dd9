package org.puente.sources.extraction;

import java.util.List;
import java.util.UUID;

/**
 * What the extractor knows beforehand: the directory's agencies with their names, its
 * people with their spellings, and the area taxonomy. The application feeds it from the
 * directory; tests from the seed files.
 */
public interface Gazetteer {

	List<KnownAgency> agencies();

	List<KnownPerson> people();

	List<KnownArea> areas();

	/**
	 * An agency or unit; {@code names} are every name it goes by in any language,
	 * {@code abbreviations} are matched case-sensitively.
	 */
	record KnownAgency(String code, String parent, String country, String englishName, List<String> names,
			List<String> abbreviations) {
	}

	/** A person and the other spellings sources use. */
	record KnownPerson(UUID id, String fullName, String country, List<String> variants) {
	}

	/** An area of the taxonomy with its names in the three languages. */
	record KnownArea(String code, String englishName, List<String> names) {
	}

}
