package org.puente.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.puente.directory.DirectoryLookup;
import org.puente.registry.RegistryEngagements;
import org.puente.shared.Classification;
import org.puente.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's extractor over the directory in the database (H2, or PostgreSQL in
 * the PostgreSQL run): people matched to directory records, agencies to directory codes,
 * and the registry facade that finds the engagement an article reports.
 */
@IntegrationTest
class SourceExtractorIT {

	@Autowired
	ArticleExtractor extractor;

	@Autowired
	DirectoryLookup directory;

	@Autowired
	RegistryEngagements engagements;

	@Test
	void matchesPeopleAndAgenciesOfTheDirectory() throws Exception {
		String text = Files.readString(Path.of("../shared/seeds/004_8d0f82977c284667.txt"), StandardCharsets.UTF_8);
		Extraction e = extractor.extract(new Article(null, text, null, null, null, null));
		var quang = directory.personByName("Lương Tam Quang").orElseThrow();
		assertThat(e.people()).filteredOn(p -> quang.id().equals(p.personId()))
			.singleElement()
			.satisfies(p -> assertThat(p.rank()).isEqualTo("General"));
		assertThat(e.agencies()).extracting(Extraction.Agency::agencyCode)
			.contains("MPS", "MININT", "MPS-A05", "MININT-DGCI");
		assertThat(e.event().from()).isEqualTo(LocalDate.of(2025, 8, 15));
	}

	@Test
	void directoryListsPeopleWithTheirSpellingsUpToAClassification() {
		assertThat(directory.people(Classification.SECRET))
			.hasSizeGreaterThanOrEqualTo(directory.people(Classification.UNCLASSIFIED).size());
		assertThat(directory.people(Classification.UNCLASSIFIED))
			.anySatisfy(p -> assertThat(p.variants()).contains("Lazaro Alberto Alvarez Casas"));
	}

	@Test
	void registryFacadeListsEngagementsAroundADate() {
		assertThat(engagements.overlapping(LocalDate.of(2025, 8, 14), LocalDate.of(2025, 8, 16))).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo("talks");
			assertThat(f.startDate()).isEqualTo(LocalDate.of(2025, 8, 15));
		});
		assertThat(engagements.overlapping(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2))).isEmpty();
	}

}
