package org.puente.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's life cycle through the API: units, areas, partnerships, people. */
@IntegrationTest
class DirectoryApiIT {

	@LocalServerPort
	int port;

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
	}

	static Map<String, Object> names(String en) {
		return Map.of("vi", "Phòng " + en, "es", "Departamento " + en, "en", en);
	}

	static Map<String, Object> unit(String code, String parent, String en) {
		return Map.of("code", code, "parent", parent, "kind", "UNIT", "country", "VN", "names", names(en),
				"abbreviations", "T", "alternativeNames", List.of(en + " unit"));
	}

	static List<String> refusedFields(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	@Test
	void anEditorKeepsTheUnitsOfTheirOwnMinistry() {
		Http editor = TestUsers.create(port, "unit-editor", "MPS", "SECRET", "EDITOR").http();
		String code = "MPS-T" + suffix();

		Http.Response created = editor.post("/api/v1/agencies", unit(code, "MPS", "Test Unit"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("ministry").asString()).isEqualTo("MPS");
		assertThat(created.json().get("depth").asInt()).isEqualTo(1);

		Http.Response read = editor.get("/api/v1/agencies/" + code);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("names").get("vi").asString()).isEqualTo("Phòng Test Unit");
		assertThat(read.json().get("alternativeNames").get(0).asString()).isEqualTo("Test Unit unit");
		long version = read.json().get("version").asLong();
		assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");

		Http.Response child = editor.post("/api/v1/agencies", unit(code + "-A", code, "Test Team"));
		assertThat(child.status()).isEqualTo(201);
		assertThat(child.json().get("ministry").asString()).isEqualTo("MPS");
		assertThat(child.json().get("depth").asInt()).isEqualTo(2);

		Http.Response updated = editor.put("/api/v1/agencies/" + code,
				Map.of("kind", "DEPARTMENT", "country", "VN", "names", names("Renamed Unit"), "version", version));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("kind").asString()).isEqualTo("DEPARTMENT");
		assertThat(updated.json().get("names").get("en").asString()).isEqualTo("Renamed Unit");
		assertThat(updated.json().get("parent").asString()).isEqualTo("MPS");

		List<String> tree = editor.get("/api/v1/agencies")
			.json()
			.valueStream()
			.map(a -> a.get("code").asString())
			.toList();
		assertThat(tree).containsSubsequence("MPS", code, code + "-A");

		// The other ministry's branch is not theirs.
		Http.Response foreign = editor.post("/api/v1/agencies", unit("MININT-T" + suffix(), "MININT", "Foreign"));
		assertThat(foreign.status()).isEqualTo(403);
		Http.Response foreignEdit = editor.put("/api/v1/agencies/MININT-DGCI",
				Map.of("kind", "DIRECTORATE", "country", "CU", "names", names("Taken"), "version", 0));
		assertThat(foreignEdit.status()).isEqualTo(403);
	}

	@Test
	void agencyCodesAreUniqueAndChecked() {
		Http editor = TestUsers.create(port, "code-editor", "MPS", "SECRET", "EDITOR").http();
		assertThat(refusedFields(editor.post("/api/v1/agencies", unit("MPS-A05", "MPS", "Duplicate"))))
			.containsExactly("code");
		assertThat(refusedFields(editor.post("/api/v1/agencies", unit("lower case!", "MPS", "Bad code"))))
			.containsExactly("code");
		assertThat(refusedFields(editor.post("/api/v1/agencies", unit("MPS-NOPARENT" + suffix(), "NOPE", "Lost"))))
			.containsExactly("parent");
		Http.Response empty = editor.post("/api/v1/agencies", Map.of());
		assertThat(refusedFields(empty)).contains("code", "kind", "country", "names.en", "parent");
		assertThat(editor.get("/api/v1/agencies/NOPE-" + suffix()).status()).isEqualTo(404);
	}

	@Test
	void anAdministratorExtendsTheAreaTaxonomy() {
		Http admin = TestUsers.admin(port);
		String code = "test-area-" + suffix().toLowerCase(java.util.Locale.ROOT);
		Http.Response created = admin.post("/api/v1/areas",
				Map.of("code", code, "parent", "crime", "names", names("Test area"), "sortOrder", 5));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("parent").asString()).isEqualTo("crime");
		assertThat(admin.get("/api/v1/areas").json().valueStream().map(a -> a.get("code").asString())).contains(code);

		assertThat(refusedFields(admin.post("/api/v1/areas", Map.of("code", code, "names", names("Again")))))
			.containsExactly("code");
		assertThat(refusedFields(admin.post("/api/v1/areas", Map.of("code", "crime", "names", names("Crime")))))
			.containsExactly("code");
		assertThat(refusedFields(
				admin.post("/api/v1/areas", Map.of("code", code + "-x", "parent", "nowhere", "names", names("X")))))
			.containsExactly("parent");

		Http.Response renamed = admin.put("/api/v1/areas/" + code,
				Map.of("names", names("Renamed area"), "version", created.json().get("version").asLong()));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("names").get("en").asString()).isEqualTo("Renamed area");

		Http editor = TestUsers.create(port, "area-editor", "MPS", "SECRET", "EDITOR").http();
		assertThat(editor.post("/api/v1/areas", Map.of("code", code + "-e", "names", names("E"))).status())
			.isEqualTo(403);
	}

	@Test
	void anAdministratorRecordsAPartnership() {
		Http admin = TestUsers.admin(port);
		String code = "MPS-T" + suffix();
		Map<String, Object> form = Map.of("code", code, "names", names("Test partnership"), "since", "2018-03-01",
				"members", List.of(Map.of("agency", "MPS", "languages", List.of("vi")),
						Map.of("agency", "MININT-DGCI", "languages", List.of("es", "en"))));
		Http.Response created = admin.post("/api/v1/partnerships", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("since").asString()).isEqualTo("2018-03-01");

		JsonNode read = admin.get("/api/v1/partnerships/" + id).json();
		assertThat(read.get("members").valueStream().map(m -> m.get("agency").asString()))
			.containsExactlyInAnyOrder("MPS", "MININT-DGCI");
		assertThat(read.get("members")
			.valueStream()
			.filter(m -> m.get("agency").asString().equals("MININT-DGCI"))
			.findFirst()
			.orElseThrow()
			.get("languages")
			.valueStream()
			.map(JsonNode::asString)).containsExactly("es", "en");
		assertThat(admin.get("/api/v1/partnerships").json().valueStream().map(p -> p.get("code").asString()))
			.contains("MPS-MININT", code);

		assertThat(refusedFields(admin.post("/api/v1/partnerships", form))).containsExactly("code");
		assertThat(
				refusedFields(admin.post("/api/v1/partnerships",
						Map.of("code", "ONE-" + suffix(), "names", names("Lonely"), "members",
								List.of(Map.of("agency", "MPS", "languages", List.of("vi")))))))
			.containsExactly("members");
		assertThat(refusedFields(admin.post("/api/v1/partnerships",
				Map.of("code", "BAD-" + suffix(), "names", names("Bad"), "members",
						List.of(Map.of("agency", "MPS", "languages", List.of("vi")),
								Map.of("agency", "NOWHERE", "languages", List.of("fr")))))))
			.containsExactlyInAnyOrder("members[1].agency", "members[1].languages");
	}

	@Test
	void rolesAndClaimsAreKeptAndTheCurrentRankFollowsThePreferredClaim() {
		Http editor = TestUsers.create(port, "claims-editor", "MPS", "SECRET", "EDITOR").http();
		Http.Response created = editor.post("/api/v1/people",
				Map.of("fullName", "Nguyễn Văn Thử " + suffix(), "country", "VN", "classification", "UNCLASSIFIED"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("variants").valueStream().map(v -> v.get("name").asString()))
			.as("the plain spelling is kept as a variant")
			.anySatisfy(v -> assertThat(v).startsWith("Nguyen Van Thu"));

		Http.Response role = editor.post("/api/v1/people/" + id + "/roles", Map.of("position", "Director", "rank",
				"Colonel", "agency", "MPS-A05", "from", "2020-01-01", "to", "2023-12-31", "source", "article-1"));
		assertThat(role.status()).as(role.body()).isEqualTo(201);
		assertThat(role.json().get("roles").get(0).get("agency").asString()).isEqualTo("MPS-A05");
		assertThat(role.json().get("roles").get(0).get("from").asString()).isEqualTo("2020-01-01");
		assertThat(refusedFields(editor.post("/api/v1/people/" + id + "/roles",
				Map.of("position", "Director", "from", "2024-01-01", "to", "2020-01-01"))))
			.containsExactly("to");
		assertThat(refusedFields(editor.post("/api/v1/people/" + id + "/roles", Map.of("source", "x"))))
			.containsExactly("position");

		Http.Response older = editor.post("/api/v1/people/" + id + "/claims",
				Map.of("attribute", "RANK", "value", "Colonel", "asOf", "2022-05-01", "source", "article-1"));
		assertThat(older.status()).as(older.body()).isEqualTo(201);
		assertThat(older.json().get("currentRank").asString()).isEqualTo("Colonel");
		Http.Response newer = editor.post("/api/v1/people/" + id + "/claims",
				Map.of("attribute", "rank", "value", "Major General", "asOf", "2025-08-15", "source", "article-2"));
		assertThat(newer.status()).isEqualTo(201);
		JsonNode person = newer.json();
		assertThat(person.get("claims").valueStream().map(c -> c.get("value").asString())).contains("Colonel",
				"Major General");
		assertThat(person.get("currentRank").asString()).as("the most recent claim wins by default")
			.isEqualTo("Major General");

		String colonel = person.get("claims")
			.valueStream()
			.filter(c -> c.get("value").asString().equals("Colonel"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		Http.Response preferred = editor.post("/api/v1/people/" + id + "/claims/" + colonel + "/preferred", Map.of());
		assertThat(preferred.status()).isEqualTo(200);
		assertThat(preferred.json().get("currentRank").asString()).as("an editor's preferred claim wins")
			.isEqualTo("Colonel");
		assertThat(preferred.json().get("claims").valueStream().map(c -> c.get("value").asString()))
			.as("the other source's claim is kept")
			.contains("Major General");

		// A newer claim does not override the editor's choice.
		editor.post("/api/v1/people/" + id + "/claims", Map.of("attribute", "RANK", "value", "Lieutenant General",
				"asOf", "2026-01-01", "source", "article-3"));
		JsonNode read = editor.get("/api/v1/people/" + id).json();
		assertThat(read.get("currentRank").asString()).isEqualTo("Colonel");
		assertThat(read.get("claims")).hasSize(3);

		assertThat(refusedFields(editor.post("/api/v1/people/" + id + "/claims",
				Map.of("attribute", "SHOE_SIZE", "value", "42", "source", "x", "asOf", "yesterday"))))
			.containsExactlyInAnyOrder("attribute", "asOf");
		assertThat(
				editor.post("/api/v1/people/" + id + "/claims/" + UUID.randomUUID() + "/preferred", Map.of()).status())
			.isEqualTo(404);

		// The list shows the current rank too.
		JsonNode listed = editor.get("/api/v1/people?q=" + read.get("fullName").asString().replace(' ', '+')).json();
		assertThat(listed.get("items").get(0).get("currentRank").asString()).isEqualTo("Colonel");
	}

	@Test
	void aDeletedPersonDisappearsAndAnAdminRestoresIt() {
		Http editor = TestUsers.create(port, "delete-editor", "MPS", "SECRET", "EDITOR").http();
		String name = "Deleted Person " + suffix();
		String id = editor
			.post("/api/v1/people", Map.of("fullName", name, "country", "VN", "classification", "UNCLASSIFIED"))
			.json()
			.get("id")
			.asString();
		assertThat(editor.delete("/api/v1/people/" + id).status()).isEqualTo(204);
		assertThat(editor.get("/api/v1/people/" + id).status()).isEqualTo(404);
		assertThat(editor.get("/api/v1/people?q=" + name.replace(' ', '+')).json().get("items")).isEmpty();
		assertThat(editor.post("/api/v1/people/" + id + "/restore", Map.of()).status()).isEqualTo(403);
		Http.Response restored = TestUsers.admin(port).post("/api/v1/people/" + id + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(editor.get("/api/v1/people/" + id).status()).isEqualTo(200);
	}

}
