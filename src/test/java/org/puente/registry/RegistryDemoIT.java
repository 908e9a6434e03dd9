package org.puente.registry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo MPS–MININT registry as the seed articles report it. */
@IntegrationTest
class RegistryDemoIT {

	@LocalServerPort
	int port;

	static List<JsonNode> items(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

	static JsonNode engagementOn(Http http, String date, String kind) {
		return items(http.get("/api/v1/registry/engagements?partnership=MPS-MININT&from=" + date + "&to=" + date
				+ "&kind=" + kind + "&size=50"))
			.stream()
			.filter(e -> e.get("startDate").asString().equals(date))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " on " + date));
	}

	@Test
	void theFourMainSeedEngagementsAreThere() {
		Http viewer = TestUsers.create(port, "demo-viewer", "MININT", "RESTRICTED", "VIEWER").http();
		JsonNode visit2022 = engagementOn(viewer, "2022-10-12", "OFFICIAL_VISIT");
		assertThat(visit2022.get("endDate").asString()).isEqualTo("2022-10-14");
		JsonNode session2024 = engagementOn(viewer, "2024-04-16", "WORKING_SESSION");
		assertThat(session2024.get("placeCity").asString()).isEqualTo("La Habana");
		JsonNode visit2024 = engagementOn(viewer, "2024-10-22", "WORKING_VISIT");
		assertThat(visit2024.get("endDate").asString()).isEqualTo("2024-10-26");
		JsonNode talks2025 = engagementOn(viewer, "2025-08-15", "TALKS");
		assertThat(talks2025.get("sources").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("002_34c03378e984f209", "004_8d0f82977c284667");
		assertThat(talks2025.get("delegation").valueStream().map(m -> m.get("name").asString()))
			.contains("Lương Tam Quang", "Lázaro Alberto Álvarez Casas");

		// The 2022 visit's programme: its child engagements.
		JsonNode full = viewer.get("/api/v1/registry/engagements/" + visit2022.get("id").asString()).json();
		assertThat(full.get("programme").size()).isGreaterThanOrEqualTo(8);
		assertThat(full.get("programme").valueStream().map(p -> p.get("kind").asString())).contains("TALKS",
				"COURTESY_CALL", "COMMEMORATION");

		// The mentioned visits carry approximate dates.
		JsonNode september = engagementOn(viewer, "2024-09-01", "OFFICIAL_VISIT");
		assertThat(september.get("dateApproximate").asBoolean()).isTrue();
		assertThat(september.get("endDate").asString()).isEqualTo("2024-09-30");
	}

	@Test
	void theAgreementsAndCommitmentsCarryTheirStatusAndSources() {
		Http viewer = TestUsers.create(port, "demo-viewer", "MPS", "RESTRICTED", "VIEWER").http();
		List<JsonNode> agreements = items(viewer.get("/api/v1/registry/agreements?partnership=MPS-MININT"));
		JsonNode framework = agreements.stream()
			.filter(a -> a.get("kind").asString().equals("FRAMEWORK"))
			.findFirst()
			.orElseThrow();
		assertThat(framework.get("status").asString()).isEqualTo("IN_FORCE");
		JsonNode cyber = agreements.stream()
			.filter(a -> a.get("parties").valueStream().anyMatch(p -> p.asString().equals("MPS-A05")))
			.findFirst()
			.orElseThrow();
		assertThat(cyber.get("status").asString()).isEqualTo("SIGNED");
		assertThat(cyber.get("signedOn").asString()).isEqualTo("2025-08-15");
		assertThat(cyber.get("parent").asString()).isEqualTo(framework.get("id").asString());
		assertThat(cyber.get("parties").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("MPS-A05",
				"MININT-DGCI");

		JsonNode cyberFull = viewer.get("/api/v1/registry/agreements/" + cyber.get("id").asString()).json();
		assertThat(cyberFull.get("engagements").valueStream().map(l -> l.get("action").asString()))
			.containsExactly("SIGNED");

		// Other tests add commitments to the same database: check those the demo loaded.
		List<JsonNode> commitments = items(viewer.get("/api/v1/registry/commitments?partnership=MPS-MININT&size=200"))
			.stream()
			.filter(c -> c.get("history").get(0).get("changedBy").asString().equals("seed"))
			.toList();
		assertThat(commitments).hasSizeGreaterThanOrEqualTo(17)
			.allSatisfy(c -> assertThat(c.get("sources").size()).isPositive());
		JsonNode document = byText(commitments, "cybersecurity cooperation document");
		assertThat(document.get("status").asString()).isEqualTo("DONE");
		assertThat(byText(commitments, "agricultural cooperation").get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(byText(commitments, "Training and capacity building for MININT").get("status").asString())
			.isEqualTo("IN_PROGRESS");
		JsonNode transborder = byText(commitments, "trans-border crime");
		assertThat(transborder.get("agreedBy").asString()).isEqualTo("BOTH");
		JsonNode cancer = byText(commitments, "cancer treatment");
		assertThat(cancer.get("agreedBy").asString()).isEqualTo("ONE_SIDE");
		assertThat(cancer.get("proposedBy").asString()).isEqualTo("MPS");

		List<JsonNode> activities = items(viewer.get("/api/v1/registry/activities?partnership=MPS-MININT"));
		assertThat(activities).anySatisfy(a -> {
			assertThat(a.get("kind").asString()).isEqualTo("DONATION");
			assertThat(a.get("display").asString()).contains("CIMEQ");
			assertThat(a.get("sources").get(0).asString()).isEqualTo("000_65bf11012cc60d58");
		});
	}

	@Test
	void listsFilterByAreaStatusAgencyPersonAndDateAndSortAndPage() {
		Http viewer = TestUsers.create(port, "filter-viewer", "MININT", "RESTRICTED", "VIEWER").http();
		String base = "/api/v1/registry";
		List<JsonNode> agriculture = items(
				viewer.get(base + "/commitments?partnership=MPS-MININT&area=agriculture-food&status=IN_PROGRESS"));
		assertThat(agriculture).hasSize(1);
		assertThat(agriculture.get(0).get("text").get("en").asString()).contains("agricultural");
		assertThat(items(viewer.get(base + "/commitments?partnership=MPS-MININT&status=DONE")))
			.allSatisfy(c -> assertThat(c.get("status").asString()).isEqualTo("DONE"))
			.isNotEmpty();
		assertThat(items(viewer.get(base + "/commitments?agency=MPS-A05")))
			.allSatisfy(c -> assertThat(c.get("responsibleUnit").asString()).isEqualTo("MPS-A05"));

		List<JsonNode> inHavana2024 = items(viewer
			.get(base + "/engagements?partnership=MPS-MININT&from=2024-04-01&to=2024-04-30&agency=MININT&size=50"));
		assertThat(inHavana2024).extracting(e -> e.get("kind").asString()).containsExactly("WORKING_SESSION");
		String tuyen = viewer.get("/api/v1/people?q=" + RegistryClient.q("le van tuyen"))
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		assertThat(items(viewer.get(base + "/engagements?person=" + tuyen)))
			.extracting(e -> e.get("startDate").asString())
			.containsOnly("2024-04-16");

		Http.Response page = viewer.get(base + "/engagements?partnership=MPS-MININT&size=3&page=1&sort=startDate,asc");
		assertThat(page.json().get("page").asInt()).isEqualTo(1);
		assertThat(page.json().get("items").size()).isEqualTo(3);
		assertThat(page.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(20);
		List<String> titles = items(viewer.get(base + "/agreements?partnership=MPS-MININT&sort=title.en,asc")).stream()
			.map(a -> a.get("title").get("en").asString())
			.toList();
		assertThat(titles).isSorted();
	}

	static JsonNode byText(List<JsonNode> commitments, String words) {
		return commitments.stream()
			.filter(c -> c.get("text").get("en").asString().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no commitment about " + words));
	}

}
