package org.puente.screening.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asking side reads what it typed and how it scored, never a spelling only the entry
 * holds.
 */
class ExplanationsTests {

	@Test
	void entrySpellingsAreDroppedAndTheProbesOwnPartsKept() {
		List<String> engine = List.of("NAME_PART_EQUAL(nguyen)", "NAME_PART_TYPO(an→anh)",
				"NAME_PART_TRANSLITERATION(chan→tran)", "NAME_PART_NOT_IN_PROBE(van)", "NAME_PART_NOT_IN_ENTRY(thi)",
				"NAME_SCORE(93%)", "ALIAS", "BIRTH_DATE_EQUAL");
		assertThat(Explanations.forAsker(engine)).containsExactly("NAME_PART_EQUAL(nguyen)", "NAME_PART_TYPO(an)",
				"NAME_PART_TRANSLITERATION(chan)", "NAME_PART_NOT_IN_PROBE", "NAME_PART_NOT_IN_ENTRY(thi)",
				"NAME_SCORE(93%)", "ALIAS", "BIRTH_DATE_EQUAL");
		assertThat(String.join(" ", Explanations.forAsker(engine))).doesNotContain("anh")
			.doesNotContain("tran")
			.doesNotContain("van");
	}

}
