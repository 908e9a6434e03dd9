package org.puente.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.support.BrowserSession;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepting articles into the registry: the five seed articles are recognised as the demo
 * partnership's recorded engagements and attached to them as sources; an article about an
 * engagement the registry lacks creates it, citing the article.
 */
@IntegrationTest
class SourceAcceptanceIT {

	static final Path SEEDS = Path.of("../shared/seeds");

	@LocalServerPort
	int port;

	static JsonNode ok(Http.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	@Test
	void theFiveSeedArticlesAttachToTheRecordedEngagements() throws IOException {
		TestUsers.User editor = TestUsers.create(port, "seed-editor", "MPS", "SECRET", "EDITOR");
		SourceUploads uploads = new SourceUploads(port, editor.username(), TestUsers.PASSWORD);
		int engagementsBefore = ok(editor.http().get("/api/v1/registry/engagements?partnership=MPS-MININT&size=1"), 200)
			.get("totalItems")
			.asInt();
		List<Path> seeds;
		try (Stream<Path> files = Files.list(SEEDS)) {
			seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(seeds).hasSize(5);
		Map<String, JsonNode> accepted = new LinkedHashMap<>();
		for (Path seed : seeds) {
			SourceUploads.Answer answer = uploads.upload(seed.getFileName().toString(), "text/plain",
					Files.readAllBytes(seed), Map.of());
			assertThat(answer.status()).as(seed + ": " + answer.body()).isEqualTo(201);
			String id = answer.json().get("id").asString();
			JsonNode proposal = ok(editor.http().get("/api/v1/sources/" + id + "/proposal"), 200);
			assertThat(proposal.get("engagement").get("match").asString()).as(seed + " same event: " + proposal)
				.isNotEqualTo("new");
			// accept as proposed
			JsonNode result = ok(editor.http().post("/api/v1/sources/" + id + "/accept", proposal), 200);
			assertThat(result.get("engagementCreated").asBoolean()).as(seed.toString()).isFalse();
			accepted.put(seed.getFileName().toString().substring(0, 3), result);
		}
		Map<String, JsonNode> engagements = new LinkedHashMap<>();
		accepted.forEach((seed, result) -> engagements.put(seed,
				ok(editor.http().get("/api/v1/registry/engagements/" + result.get("engagement").asString()), 200)));
		assertThat(engagements.get("000").get("startDate").asString()).startsWith("2022-10-1");
		assertThat(engagements.get("001").get("startDate").asString()).isEqualTo("2024-10-22");
		assertThat(engagements.get("003").get("startDate").asString()).isEqualTo("2024-04-16");
		// the two reports of the August 2025 talks: one engagement, two sources
		assertThat(engagements.get("002").get("id")).isEqualTo(engagements.get("004").get("id"));
		JsonNode talks = engagements.get("004");
		assertThat(talks.get("startDate").asString()).isEqualTo("2025-08-15");
		assertThat(talks.get("kind").asString()).isEqualTo("TALKS");
		assertThat(talks.get("sources").valueStream().map(JsonNode::asString)).contains("002_34c03378e984f209",
				"004_8d0f82977c284667");
		// nothing was created twice
		assertThat(ok(editor.http().get("/api/v1/registry/engagements?partnership=MPS-MININT&size=1"), 200)
			.get("totalItems")
			.asInt()).isEqualTo(engagementsBefore);

		// the engagement page lists both articles, each with the passage it came from
		BrowserSession browser = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		BrowserSession.Page page = browser.get("/registry/engagements/" + talks.get("id").asString());
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select(".citations li a").eachAttr("href")).contains(
				"/sources/" + accepted.get("002").get("article").asString(),
				"/sources/" + accepted.get("004").get("article").asString());
		assertThat(html.select(".citations blockquote").eachText()).anyMatch(q -> q.contains("August 15"));

		// each article is accepted, cites its engagement, and says so
		JsonNode article = ok(editor.http().get("/api/v1/sources/" + accepted.get("002").get("article").asString()),
				200);
		assertThat(article.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(article.get("engagement").asString()).isEqualTo(talks.get("id").asString());
		assertThat(article.get("citations").valueStream().map(c -> c.get("recordType").asString()))
			.contains("engagement", "person");
		// accepted once only
		assertThat(editor.http()
			.post("/api/v1/sources/" + accepted.get("002").get("article").asString() + "/accept", Map.of())
			.status()).isEqualTo(400);
	}

	@Test
	void anArticleAboutANewEngagementCreatesItWithItsSource() throws IOException {
		TestUsers.User editor = TestUsers.create(port, "new-editor", "MPS", "SECRET", "EDITOR");
		String text = Files.readString(Path.of("src/test/resources/sources/new-engagement.txt"));
		JsonNode imported = ok(editor.http().post("/api/v1/sources", Map.of("text", text, "outlet", "VNA")), 201);
		String id = imported.get("id").asString();
		assertThat(imported.get("published").asString()).isEqualTo("2026-09-18");
		ObjectNode proposal = (ObjectNode) ok(editor.http().get("/api/v1/sources/" + id + "/proposal"), 200);
		ObjectNode engagement = (ObjectNode) proposal.get("engagement");
		assertThat(engagement.get("match").asString()).isEqualTo("new");
		assertThat(engagement.get("startDate").asString()).isEqualTo("2026-09-17");
		assertThat(engagement.get("placeCountry").asString()).isEqualTo("CU");
		assertThat(proposal.get("commitments").valueStream().map(c -> c.get("agreed").asBoolean())).contains(true,
				false);

		// a refused field fails the whole acceptance and nothing is saved
		engagement.put("startDate", "2026-02-30");
		JsonNode refused = ok(editor.http().post("/api/v1/sources/" + id + "/accept", proposal), 400);
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("engagement.startDate");
		assertThat(refused.get("errors").get(0).get("message").asString()).startsWith("First day:");
		JsonNode unchanged = ok(editor.http().get("/api/v1/sources/" + id), 200);
		assertThat(unchanged.get("state").asString()).isEqualTo("PENDING");
		assertThat(unchanged.get("citations").size()).isZero();

		engagement.put("startDate", "2026-09-17");
		engagement.put("title", "Talks in Havana on forensic training");
		JsonNode result = ok(editor.http().post("/api/v1/sources/" + id + "/accept", proposal), 200);
		assertThat(result.get("engagementCreated").asBoolean()).isTrue();
		String created = result.get("engagement").asString();
		JsonNode recorded = ok(editor.http().get("/api/v1/registry/engagements/" + created), 200);
		assertThat(recorded.get("startDate").asString()).isEqualTo("2026-09-17");
		assertThat(recorded.get("title").get("en").asString()).isEqualTo("Talks in Havana on forensic training");
		assertThat(recorded.get("sources").valueStream().map(JsonNode::asString))
			.containsExactly(imported.get("label").asString());
		assertThat(recorded.get("delegation").valueStream().map(m -> m.get("name").asString()))
			.contains("Lázaro Alberto Álvarez Casas");
		assertThat(result.get("commitments").size()).isEqualTo(proposal.get("commitments").size());
		JsonNode commitment = ok(
				editor.http().get("/api/v1/registry/commitments/" + result.get("commitments").get(0).asString()), 200);
		assertThat(commitment.get("originEngagement").asString()).isEqualTo(created);

		// on the partnership's timeline, with its source
		BrowserSession browser = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/registry/partnerships/MPS-MININT").body())
			.contains("Talks in Havana on forensic training");
		Document page = browser.get("/registry/engagements/" + created).html();
		assertThat(page.select(".citations li a").eachAttr("href")).containsExactly("/sources/" + id);
		assertThat(page.select(".citations blockquote").text()).contains("September 17");

		// the acceptance is audited
		List<String> actions = TestUsers.admin(port)
			.get("/api/v1/admin/audit?recordType=SourceArticle&recordId=" + id)
			.json()
			.get("items")
			.valueStream()
			.map(e -> e.get("action").asString())
			.toList();
		assertThat(actions).containsExactly("ACCEPT", "CREATE");
		assertThat(TestUsers.admin(port)
			.get("/api/v1/admin/audit?recordType=Engagement&recordId=" + created)
			.json()
			.get("items")
			.valueStream()
			.map(e -> e.get("actor").asString())).contains(editor.username());
	}

}
