package org.puente.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the REST API answers mistakes, concurrent edits and list requests: RFC 9457
 * problems naming each bad field, 409/412 for stale versions, paging and sorting.
 */
@IntegrationTest
class ApiBehaviourIT {

	@LocalServerPort
	int port;

	Http editor() {
		return TestUsers.create(port, "api-editor", "MPS", "SECRET", "EDITOR").http();
	}

	long peopleCount(Http http) {
		return http.get("/api/v1/people?size=1").json().get("totalItems").asLong();
	}

	static List<String> fields(Http.Response problem) {
		assertThat(problem.status()).as(problem.body()).isEqualTo(400);
		assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
		JsonNode json = problem.json();
		assertThat(json.get("status").asInt()).isEqualTo(400);
		assertThat(json.get("type").asString()).isEqualTo("urn:puente:problem:invalid-input");
		List<String> fields = new ArrayList<>();
		for (JsonNode error : json.get("errors")) {
			fields.add(error.get("field").asString());
			assertThat(error.get("reason").asString()).isNotBlank();
			assertThat(error.get("message").asString()).isNotBlank();
		}
		return fields;
	}

	@Test
	void anEmptyPersonIsRefusedNamingEveryMissingField() {
		Http editor = editor();
		long before = peopleCount(editor);
		Http.Response refused = editor.post("/api/v1/people", Map.of());
		assertThat(fields(refused)).contains("fullName", "country", "classification");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(peopleCount(editor)).isEqualTo(before);
	}

	@Test
	void everyBadValueIsNamedAtOnce() {
		Http editor = editor();
		long before = peopleCount(editor);
		Http.Response refused = editor.post("/api/v1/people",
				Map.of("fullName", "x".repeat(301), "country", "XX", "classification", "UNCLASSIFIED"));
		assertThat(fields(refused)).containsExactlyInAnyOrder("fullName", "country");
		assertThat(peopleCount(editor)).isEqualTo(before);
	}

	@Test
	void errorMessagesSpeakTheCallersLanguage() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		var response = client.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/people"))
					.header("Authorization",
							"Basic " + java.util.Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes()))
					.header("Content-Type", "application/json")
					.header("Accept-Language", "es")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
					.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		String english = TestUsers.admin(port).post("/api/v1/people", Map.of()).body();
		assertThat(response.body()).isNotEqualTo(english);
	}

	@Test
	void malformedJsonIsABadRequestNotAnError() {
		Http editor = editor();
		long before = peopleCount(editor);
		Http.Response broken = editor.raw("POST", "/api/v1/people", "{\"fullName\": \"Unfinished");
		assertThat(fields(broken)).isNotEmpty();
		Http.Response notAnObject = editor.raw("POST", "/api/v1/people", "[1, 2");
		assertThat(notAnObject.status()).isEqualTo(400);
		assertThat(notAnObject.header("Content-Type")).startsWith("application/problem+json");
		Http.Response empty = editor.raw("POST", "/api/v1/people", "");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(peopleCount(editor)).isEqualTo(before);
	}

	@Test
	void aValueOfTheWrongTypeIsABadRequestNamingTheField() {
		Http editor = editor();
		long before = peopleCount(editor);
		Http.Response badEnum = editor.post("/api/v1/people",
				Map.of("fullName", "Wrong Type", "country", "VN", "classification", "TOP-SECRET"));
		assertThat(fields(badEnum)).containsExactly("classification");
		Http.Response badList = editor.post("/api/v1/people",
				Map.of("fullName", "Wrong Type", "country", "VN", "classification", "UNCLASSIFIED", "variants", 42));
		assertThat(badList.status()).isEqualTo(400);
		assertThat(peopleCount(editor)).isEqualTo(before);
		Http.Response badId = editor.get("/api/v1/people/not-a-uuid");
		assertThat(fields(badId)).containsExactly("id");
	}

	@Test
	void aStaleVersionIsRefusedAndTheRecordStaysAsItWas() {
		Http editor = editor();
		String name = "Version Test " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = editor.post("/api/v1/people",
				Map.of("fullName", name, "country", "VN", "classification", "UNCLASSIFIED"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		long v0 = created.json().get("version").asLong();

		Http.Response first = editor.put("/api/v1/people/" + id,
				Map.of("fullName", name + " Jr", "country", "VN", "classification", "UNCLASSIFIED", "version", v0));
		assertThat(first.status()).isEqualTo(200);
		long v1 = first.json().get("version").asLong();
		assertThat(v1).isGreaterThan(v0);
		assertThat(first.header("ETag")).isEqualTo("\"" + v1 + "\"");

		Http.Response staleBody = editor.put("/api/v1/people/" + id,
				Map.of("fullName", "Lost Update", "country", "CU", "classification", "UNCLASSIFIED", "version", v0));
		assertThat(staleBody.status()).isEqualTo(409);
		assertThat(staleBody.header("Content-Type")).startsWith("application/problem+json");
		assertThat(staleBody.json().get("currentVersion").asLong()).isEqualTo(v1);

		Http.Response staleHeader = editor.put("/api/v1/people/" + id,
				Map.of("fullName", "Lost Update", "country", "CU", "classification", "UNCLASSIFIED"), "\"" + v0 + "\"");
		assertThat(staleHeader.status()).isEqualTo(412);
		assertThat(staleHeader.header("Content-Type")).startsWith("application/problem+json");

		Http.Response missing = editor.put("/api/v1/people/" + id,
				Map.of("fullName", "No Version", "country", "CU", "classification", "UNCLASSIFIED"));
		assertThat(fields(missing)).containsExactly("version");

		Http.Response stored = editor.get("/api/v1/people/" + id);
		assertThat(stored.json().get("fullName").asString()).isEqualTo(name + " Jr");
		assertThat(stored.json().get("country").asString()).isEqualTo("VN");
		assertThat(stored.json().get("version").asLong()).isEqualTo(v1);
		assertThat(stored.header("ETag")).isEqualTo("\"" + v1 + "\"");

		Http.Response current = editor.put("/api/v1/people/" + id,
				Map.of("fullName", name + " Sr", "country", "VN", "classification", "UNCLASSIFIED"),
				stored.header("ETag"));
		assertThat(current.status()).isEqualTo(200);
	}

	@Test
	void peopleArePagedAndSorted() {
		Http viewer = TestUsers.create(port, "pager", "MPS", "SECRET", "VIEWER").http();
		JsonNode all = viewer.get("/api/v1/people?size=200&sort=fullName,desc").json();
		long total = all.get("totalItems").asLong();
		assertThat(total).isGreaterThanOrEqualTo(9);
		List<String> names = names(all);
		assertThat(names).hasSize((int) total);
		// Compare on the first letter so database collations cannot disagree.
		List<String> initials = names.stream().map(ApiBehaviourIT::initial).toList();
		assertThat(initials).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		JsonNode page0 = viewer.get("/api/v1/people?page=0&size=3&sort=fullName,desc").json();
		JsonNode page1 = viewer.get("/api/v1/people?page=1&size=3&sort=fullName,desc").json();
		assertThat(page0.get("page").asInt()).isZero();
		assertThat(page0.get("size").asInt()).isEqualTo(3);
		assertThat(page0.get("totalItems").asLong()).isEqualTo(total);
		assertThat(page0.get("totalPages").asInt()).isEqualTo((int) ((total + 2) / 3));
		assertThat(page1.get("page").asInt()).isEqualTo(1);
		assertThat(names(page0)).containsExactlyElementsOf(names.subList(0, 3));
		assertThat(names(page1)).containsExactlyElementsOf(names.subList(3, 6));

		List<String> ascending = names(viewer.get("/api/v1/people?size=200&sort=fullName,asc").json());
		assertThat(ascending.stream().map(ApiBehaviourIT::initial).toList()).isSorted();

		JsonNode beyond = viewer.get("/api/v1/people?page=999&size=3").json();
		assertThat(beyond.get("items")).isEmpty();
		JsonNode huge = viewer.get("/api/v1/people?size=100000").json();
		assertThat(huge.get("size").asInt()).isLessThanOrEqualTo(200);
	}

	@Test
	void anUnknownSortPropertyIsABadRequest() {
		Http viewer = TestUsers.admin(port);
		Http.Response refused = viewer.get("/api/v1/people?sort=passwordHash,asc");
		assertThat(fields(refused)).containsExactly("sort");
		assertThat(fields(viewer.get("/api/v1/people?sort=nosuchfield"))).containsExactly("sort");
		assertThat(fields(viewer.get("/api/v1/admin/users?sort=nosuchfield"))).containsExactly("sort");
	}

	@Test
	void theOpenApiDocumentNeedsSignInAndIsOpenApi31() {
		Http.Response anonymous = new Http(port).get("/v3/api-docs");
		assertThat(anonymous.status()).as("an API client without credentials").isEqualTo(401);

		Http.Response docs = TestUsers.admin(port).get("/v3/api-docs");
		assertThat(docs.status()).as("an API client with HTTP Basic").isEqualTo(200);
		JsonNode json = docs.json();
		assertThat(json.get("openapi").asString()).startsWith("3.1.");
		assertThat(json.get("paths").propertyStream().map(Map.Entry::getKey)).contains("/api/v1/people",
				"/api/v1/people/{id}", "/api/v1/admin/users");

		TestUsers.User viewer = TestUsers.create(port, "docs-reader", "MININT", "RESTRICTED", "VIEWER");
		assertThat(viewer.http().get("/v3/api-docs").status()).isEqualTo(200);
	}

	private static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map(p -> p.get("fullName").asString()).toList();
	}

	private static String initial(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return folded.substring(0, 1).toUpperCase(Locale.ROOT);
	}

}
