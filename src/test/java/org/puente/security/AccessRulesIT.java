package org.puente.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, agencies and clearances decide what a signed-in user may do and see. */
@IntegrationTest
class AccessRulesIT {

	@LocalServerPort
	int port;

	Http admin;

	@BeforeEach
	void signIn() {
		admin = TestUsers.admin(port);
	}

	static Map<String, Object> names(String en) {
		return Map.of("vi", "Tên " + en, "es", "Nombre " + en, "en", en);
	}

	static Map<String, Object> person(String fullName, String classification) {
		return Map.of("fullName", fullName, "country", "VN", "classification", classification);
	}

	String lazaroId() {
		JsonNode found = admin.get("/api/v1/people?q=Lazaro%20Alvarez").json().get("items");
		assertThat(found).isNotEmpty();
		return found.get(0).get("id").asString();
	}

	String anyMpsPersonId() {
		return admin.get("/api/v1/people?q=Luong%20Tam%20Quang").json().get("items").get(0).get("id").asString();
	}

	@Test
	void aViewerCannotCreateOrChangeAnything() {
		Http viewer = TestUsers.create(port, "viewer", "MPS", "SECRET", "VIEWER").http();
		String person = anyMpsPersonId();
		String partnership = admin.get("/api/v1/partnerships").json().get(0).get("id").asString();
		String user = admin.get("/api/v1/admin/users").json().get("items").get(0).get("id").asString();

		assertForbidden(viewer.post("/api/v1/people", person("Viewer Made", "UNCLASSIFIED")));
		assertForbidden(viewer.put("/api/v1/people/" + person,
				Map.of("fullName", "X", "country", "VN", "classification", "UNCLASSIFIED", "version", 0)));
		assertForbidden(viewer.post("/api/v1/people/" + person + "/claims",
				Map.of("attribute", "RANK", "value", "General", "source", "x")));
		assertForbidden(viewer.post("/api/v1/agencies", Map.of("code", "MPS-VIEW", "parent", "MPS", "kind", "UNIT",
				"country", "VN", "names", names("Viewer unit"))));
		assertForbidden(viewer.put("/api/v1/agencies/MPS-A05",
				Map.of("kind", "UNIT", "country", "VN", "names", names("Renamed"), "version", 0)));
		assertForbidden(viewer.post("/api/v1/areas", Map.of("code", "viewer-area", "names", names("Viewer area"))));
		assertForbidden(viewer.put("/api/v1/areas/crime", Map.of("names", names("Crime"), "version", 0)));
		assertForbidden(viewer.post("/api/v1/partnerships",
				Map.of("code", "VIEW-P", "names", names("P"), "members",
						List.of(Map.of("agency", "MPS", "languages", List.of("vi")),
								Map.of("agency", "MININT", "languages", List.of("es"))))));
		assertForbidden(viewer.put("/api/v1/partnerships/" + partnership,
				Map.of("code", "MPS-MININT", "names", names("P"), "members", List.of(), "version", 0)));
		assertForbidden(viewer.post("/api/v1/admin/users",
				Map.of("username", "made-by-viewer", "password", TestUsers.PASSWORD, "fullName", "X", "agency", "MPS",
						"roles", List.of("VIEWER"), "clearance", "UNCLASSIFIED", "language", "en")));
		assertForbidden(viewer.put("/api/v1/admin/users/" + user, Map.of("fullName", "X", "agency", "MPS", "roles",
				List.of("VIEWER"), "clearance", "UNCLASSIFIED", "language", "en", "enabled", true, "version", 0)));
		// Reading is what a viewer is for.
		assertThat(viewer.get("/api/v1/people").status()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/people/" + person).status()).isEqualTo(200);
	}

	@Test
	void anEditorCannotUseTheAdministrationApi() {
		Http editor = TestUsers.create(port, "editor", "MPS", "SECRET", "EDITOR").http();
		assertForbidden(editor.get("/api/v1/admin/users"));
		assertForbidden(editor.get("/api/v1/admin/users/" + UUID.randomUUID()));
		assertForbidden(editor.post("/api/v1/admin/users",
				Map.of("username", "made-by-editor", "password", TestUsers.PASSWORD, "fullName", "X", "agency", "MPS",
						"roles", List.of("VIEWER"), "clearance", "UNCLASSIFIED", "language", "en")));
		assertForbidden(editor.get("/api/v1/admin/audit"));
		assertForbidden(editor.get("/api/v1/admin/audit/verify"));
		assertForbidden(editor.get("/actuator/prometheus"));
	}

	@Test
	void anAdminOfOneMinistryCannotManageTheOthersUsers() {
		User mininitAdmin = TestUsers.create(port, "mininit-admin", "MININT", "SECRET", "ADMIN");
		User mpsUser = TestUsers.create(port, "mps-user", "MPS", "RESTRICTED", "VIEWER");

		Http.Response created = mininitAdmin.http()
			.post("/api/v1/admin/users",
					Map.of("username", "made-for-mps-" + UUID.randomUUID().toString().substring(0, 6), "password",
							TestUsers.PASSWORD, "fullName", "X", "agency", "MPS", "roles", List.of("VIEWER"),
							"clearance", "UNCLASSIFIED", "language", "en"));
		assertForbidden(created);

		Http.Response other = mininitAdmin.http().get("/api/v1/admin/users/" + mpsUser.id());
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.header("Content-Type")).startsWith("application/problem+json");
		assertThat(mininitAdmin.http()
			.put("/api/v1/admin/users/" + mpsUser.id(),
					Map.of("fullName", "Taken over", "agency", "MPS", "roles", List.of("VIEWER"), "clearance",
							"UNCLASSIFIED", "language", "en", "enabled", false, "version", 0))
			.status()).isEqualTo(404);
		assertThat(mininitAdmin.http()
			.post("/api/v1/admin/users/" + mpsUser.id() + "/password", Map.of("password", "a-new-password-123"))
			.status()).isEqualTo(404);

		List<String> listed = mininitAdmin.http()
			.get("/api/v1/admin/users?size=200")
			.json()
			.get("items")
			.valueStream()
			.map(u -> u.get("agency").asString())
			.toList();
		assertThat(listed).isNotEmpty().allMatch(agency -> agency.startsWith("MININT"));

		// Within its own ministry the same admin may act.
		Http.Response own = mininitAdmin.http()
			.post("/api/v1/admin/users",
					Map.of("username", "mininit-made-" + UUID.randomUUID().toString().substring(0, 6), "password",
							TestUsers.PASSWORD, "fullName", "Own", "agency", "MININT-DGCI", "roles", List.of("VIEWER"),
							"clearance", "RESTRICTED", "language", "es"));
		assertThat(own.status()).isEqualTo(201);
	}

	@Test
	void anAdminCannotGrantMoreThanTheyHold() {
		User mininitAdmin = TestUsers.create(port, "mininit-lowadmin", "MININT", "RESTRICTED", "ADMIN");
		assertForbidden(mininitAdmin.http()
			.post("/api/v1/admin/users",
					Map.of("username", "too-high-" + UUID.randomUUID().toString().substring(0, 6), "password",
							TestUsers.PASSWORD, "fullName", "X", "agency", "MININT", "roles", List.of("VIEWER"),
							"clearance", "SECRET", "language", "es")));
		assertForbidden(mininitAdmin.http()
			.post("/api/v1/admin/users",
					Map.of("username", "sysadmin-" + UUID.randomUUID().toString().substring(0, 6), "password",
							TestUsers.PASSWORD, "fullName", "X", "agency", "MININT", "roles", List.of("SYSTEM_ADMIN"),
							"clearance", "RESTRICTED", "language", "es")));
	}

	@Test
	void anEditorCannotChangeAPersonOwnedByTheOtherMinistry() {
		Http mpsEditor = TestUsers.create(port, "mps-editor", "MPS", "SECRET", "EDITOR").http();
		String lazaro = lazaroId();
		JsonNode before = admin.get("/api/v1/people/" + lazaro).json();
		assertThat(before.get("ownerAgency").asString()).isEqualTo("MININT");

		assertForbidden(mpsEditor.put("/api/v1/people/" + lazaro, Map.of("fullName", "Renamed by MPS", "country", "CU",
				"classification", "UNCLASSIFIED", "version", before.get("version").asLong())));
		assertForbidden(mpsEditor.post("/api/v1/people/" + lazaro + "/claims",
				Map.of("attribute", "RANK", "value", "General", "source", "mps")));
		assertForbidden(
				mpsEditor.post("/api/v1/people/" + lazaro + "/roles", Map.of("position", "Adviser", "source", "mps")));
		assertForbidden(mpsEditor.delete("/api/v1/people/" + lazaro));

		JsonNode after = admin.get("/api/v1/people/" + lazaro).json();
		assertThat(after.get("fullName").asString()).isEqualTo("Lázaro Alberto Álvarez Casas");
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());

		// A MININT editor may.
		Http mininitEditor = TestUsers.create(port, "mininit-editor", "MININT", "SECRET", "EDITOR").http();
		assertThat(
				mininitEditor
					.post("/api/v1/people/" + lazaro + "/claims",
							Map.of("attribute", "TITLE", "value", "Member of the Council of State", "source",
									"mininit"))
					.status())
			.isEqualTo(201);
	}

	@Test
	void aUserDoesNotSeePeopleAboveTheirClearance() {
		String name = "Confidential Person " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = admin.post("/api/v1/people", person(name, "CONFIDENTIAL"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();

		Http restricted = TestUsers.create(port, "restricted", "MPS", "RESTRICTED", "EDITOR").http();
		Http.Response get = restricted.get("/api/v1/people/" + id);
		assertThat(get.status()).isEqualTo(404);
		assertThat(get.header("Content-Type")).startsWith("application/problem+json");
		assertThat(ids(restricted.get("/api/v1/people?size=200"))).isNotEmpty().doesNotContain(id);
		assertThat(ids(restricted.get("/api/v1/people?q=" + name.replace(' ', '+')))).doesNotContain(id);
		assertThat(restricted
			.put("/api/v1/people/" + id,
					Map.of("fullName", "X", "country", "VN", "classification", "RESTRICTED", "version", 0))
			.status()).isEqualTo(404);
		// Nor may they mark a record above their own clearance.
		Http.Response above = restricted.post("/api/v1/people", person("Too Secret", "SECRET"));
		assertThat(above.status()).isEqualTo(400);
		assertThat(above.json().get("errors").get(0).get("field").asString()).isEqualTo("classification");

		// A cleared user sees it everywhere.
		Http cleared = TestUsers.create(port, "cleared", "MININT", "CONFIDENTIAL", "VIEWER").http();
		assertThat(cleared.get("/api/v1/people/" + id).status()).isEqualTo(200);
		assertThat(ids(cleared.get("/api/v1/people?size=200"))).contains(id);
		assertThat(ids(cleared.get("/api/v1/people?q=" + name.replace(' ', '+')))).contains(id);
	}

	static List<String> ids(Http.Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("items").valueStream().map(p -> p.get("id").asString()).toList();
	}

	static void assertForbidden(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

}
