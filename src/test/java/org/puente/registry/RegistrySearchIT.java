package org.puente.registry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.registry.RegistryClient.BASE;
import static org.puente.registry.RegistryClient.ok;

/**
 * Search ignores case and diacritics, works in all three languages, and hides what a user
 * may not see.
 */
@IntegrationTest
class RegistrySearchIT {

	@LocalServerPort
	int port;

	static List<JsonNode> hits(Http http, String query) {
		return ok(http.get(BASE + "/search?q=" + RegistryClient.q(query))).get("hits").valueStream().toList();
	}

	static String cyberAgreement(Http http) {
		return RegistryClient.items(http.get(BASE + "/agreements?partnership=MPS-MININT&agency=MPS-A05"))
			.get(0)
			.get("id")
			.asString();
	}

	@Test
	void theCybersecurityAgreementIsFoundInEachLanguage() {
		Http viewer = TestUsers.create(port, "search-viewer", "MININT", "RESTRICTED", "VIEWER").http();
		String cyber = cyberAgreement(viewer);
		for (String query : List.of("ciberseguridad", "an ninh mạng", "an ninh mang", "cybersecurity",
				"CIBERSEGURIDAD")) {
			List<JsonNode> hits = hits(viewer, query);
			assertThat(hits).as(query).anySatisfy(hit -> {
				assertThat(hit.get("type").asString()).isEqualTo("AGREEMENT");
				assertThat(hit.get("id").asString()).isEqualTo(cyber);
				assertThat(hit.get("snippet").asString()).contains("<mark>");
			});
		}
	}

	@Test
	void activitiesAndReviewsAreFoundToo() {
		Http viewer = TestUsers.create(port, "search-viewer", "MININT", "RESTRICTED", "VIEWER").http();
		assertThat(hits(viewer, "cimeq equipment")).anySatisfy(hit -> {
			assertThat(hit.get("type").asString()).isEqualTo("ACTIVITY");
			assertThat(hit.get("snippet").asString()).contains("<mark>");
		});
		List<JsonNode> reviews = ok(
				viewer.get(BASE + "/search?type=REVIEW&q=" + RegistryClient.q("immigration management")))
			.get("hits")
			.valueStream()
			.toList();
		assertThat(reviews).isNotEmpty().allSatisfy(hit -> {
			assertThat(hit.get("type").asString()).isEqualTo("REVIEW");
			assertThat(hit.get("date").asString()).isEqualTo("2024-10-24");
			assertThat(hit.get("title").asString()).isNotBlank();
		});
	}

	@Test
	void alvarezCasasFindsTheEngagementsHeTookPartIn() {
		Http viewer = TestUsers.create(port, "search-viewer", "MPS", "RESTRICTED", "VIEWER").http();
		List<JsonNode> hits = hits(viewer, "alvarez casas");
		List<String> dates = hits.stream()
			.filter(h -> h.get("type").asString().equals("ENGAGEMENT"))
			.map(h -> h.get("date").asString())
			.toList();
		assertThat(dates).contains("2025-08-15", "2024-04-16", "2024-10-22", "2022-10-12");
		assertThat(hits).allSatisfy(h -> assertThat(h.get("snippet").asString()).containsIgnoringCase("<mark>"));
		assertThat(hits(viewer, "no-such-word-anywhere")).isEmpty();
		assertThat(viewer.get(BASE + "/search?q=").status()).isEqualTo(400);
	}

	@Test
	void searchShowsOnlyWhatTheUserMaySeeAndTheIndexCanBeRebuilt() {
		Http editor = TestUsers.create(port, "search-editor", "MPS", "SECRET", "EDITOR").http();
		Http partner = TestUsers.create(port, "search-partner", "MININT", "RESTRICTED", "VIEWER").http();
		var secret = RegistryClient.talks("Zanzibarite preparation meeting");
		secret.put("internal", true);
		String id = ok(editor.post(BASE + "/engagements", secret)).get("id").asString();

		assertThat(hits(editor, "zanzibarite")).anySatisfy(h -> assertThat(h.get("id").asString()).isEqualTo(id));
		assertThat(hits(partner, "zanzibarite")).isEmpty();

		assertThat(editor.post("/api/v1/admin/search/reindex", java.util.Map.of()).status()).isEqualTo(403);
		Http.Response rebuilt = TestUsers.admin(port).post("/api/v1/admin/search/reindex", java.util.Map.of());
		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		assertThat(rebuilt.json().get("entities").valueStream().map(JsonNode::asString)).contains("Agreement",
				"Engagement", "Commitment", "Person");
		assertThat(hits(editor, "zanzibarite")).anySatisfy(h -> assertThat(h.get("id").asString()).isEqualTo(id));
		assertThat(hits(partner, "ciberseguridad")).isNotEmpty();
	}

}
