package org.puente.sources.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTests {

	static final String ARTICLE = """
			VIENTIANE - Lao Minister of Public Security General Vilay Lakhamphong received a delegation of
			the Vietnamese Ministry of Public Security on Tuesday. The two sides agreed to step up the exchange
			of information on drug trafficking along the shared border, to train more investigators together and
			to hold a joint review of their cooperation plan before the end of the year. The Lao minister thanked
			the Vietnamese side for the equipment it donated to border posts in Houaphanh province last spring.
			""";

	@Test
	void theSameTextWithOtherSpacingCaseAndAccentsHashesTheSame() {
		String retyped = ARTICLE.toUpperCase().replace("\n", "  ").replace("Lao", "Láo");
		assertThat(NearDuplicates.contentHash(retyped)).isEqualTo(NearDuplicates.contentHash(ARTICLE));
		assertThat(NearDuplicates.contentHash(ARTICLE + " One more sentence."))
			.isNotEqualTo(NearDuplicates.contentHash(ARTICLE));
	}

	@Test
	void aLightlyEditedCopyIsTheSameArticleAndAnotherStoryIsNot() {
		String edited = "(VNA) " + ARTICLE.replace("Public Security General", "Public Security, General");
		assertThat(NearDuplicates.jaccard(NearDuplicates.shingles(ARTICLE), NearDuplicates.shingles(edited)))
			.isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
		assertThat(NearDuplicates.same(ARTICLE, edited)).isTrue();
		assertThat(NearDuplicates.candidate(NearDuplicates.signature(ARTICLE), NearDuplicates.signature(edited)))
			.isTrue();

		String other = """
				PHNOM PENH - Cambodian Minister of Interior Sar Sokha held talks with a Vietnamese delegation on
				Monday about cooperation against online fraud rings and human trafficking. The two ministries
				agreed to set up a hotline between their cybercrime units.
				""";
		assertThat(NearDuplicates.same(ARTICLE, other)).isFalse();
		assertThat(NearDuplicates.estimate(NearDuplicates.signature(ARTICLE), NearDuplicates.signature(other)))
			.isLessThan(0.3);
	}

	@Test
	void halfTheArticleIsNotTheSameArticle() {
		String half = ARTICLE.substring(0, ARTICLE.length() / 2);
		assertThat(NearDuplicates.same(ARTICLE, half)).isFalse();
	}

	@Test
	void theSignatureEstimatesTheJaccardSimilarity() {
		String edited = ARTICLE.replace("drug trafficking", "narcotics smuggling");
		double exact = NearDuplicates.jaccard(NearDuplicates.shingles(ARTICLE), NearDuplicates.shingles(edited));
		double estimate = NearDuplicates.estimate(NearDuplicates.signature(ARTICLE), NearDuplicates.signature(edited));
		assertThat(estimate).isBetween(exact - 0.25, exact + 0.25);
		assertThat(NearDuplicates.signature(ARTICLE)).hasSize(NearDuplicates.HASHES * 8);
	}

}
