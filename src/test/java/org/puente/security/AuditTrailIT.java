package org.puente.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change lands in the hash-chained audit log: who, which agency, what changed. */
@IntegrationTest
class AuditTrailIT {

	@LocalServerPort
	int port;

	static List<JsonNode> entries(Http admin, String recordType, String recordId) {
		Http.Response page = admin.get("/api/v1/admin/audit?recordType=" + recordType + "&recordId=" + recordId);
		assertThat(page.status()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>(page.json().get("items").valueStream().toList());
		java.util.Collections.reverse(entries); // oldest first
		return entries;
	}

	static JsonNode changes(JsonNode entry) {
		return Http.JSON.readTree(entry.get("changes").asString());
	}

	@Test
	void creatingAndChangingAPersonIsAuditedWithBeforeAndAfter() {
		User editor = TestUsers.create(port, "audited", "MININT-DGCI", "SECRET", "EDITOR");
		Http admin = TestUsers.admin(port);
		String name = "Audit Person " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = editor.http()
			.post("/api/v1/people",
					Map.of("fullName", name, "country", "CU", "classification", "RESTRICTED", "notes", "first note"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();

		List<JsonNode> afterCreate = entries(admin, "Person", id);
		assertThat(afterCreate).hasSize(1);
		JsonNode create = afterCreate.get(0);
		assertThat(create.get("action").asString()).isEqualTo("CREATE");
		assertThat(create.get("actor").asString()).isEqualTo(editor.username());
		assertThat(create.get("actorAgency").asString()).isEqualTo("MININT-DGCI");
		JsonNode createChanges = changes(create);
		assertThat(createChanges.get("fullName").get("before").isNull()).isTrue();
		assertThat(createChanges.get("fullName").get("after").asString()).isEqualTo(name);
		assertThat(createChanges.get("classification").get("after").asString()).isEqualTo("RESTRICTED");
		assertThat(createChanges.get("ownerAgency").get("after").asString()).isEqualTo("MININT");

		Http.Response updated = editor.http()
			.put("/api/v1/people/" + id, Map.of("fullName", name + " Renamed", "country", "CU", "classification",
					"CONFIDENTIAL", "notes", "first note", "version", created.json().get("version").asLong()));
		assertThat(updated.status()).isEqualTo(200);

		List<JsonNode> afterUpdate = entries(admin, "Person", id);
		JsonNode update = afterUpdate.stream()
			.filter(e -> e.get("action").asString().equals("UPDATE") && changes(e).has("fullName"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no UPDATE entry with fullName in " + afterUpdate));
		assertThat(update.get("seq").asLong()).isGreaterThan(create.get("seq").asLong());
		assertThat(update.get("actor").asString()).isEqualTo(editor.username());
		assertThat(update.get("actorAgency").asString()).isEqualTo("MININT-DGCI");
		JsonNode updateChanges = changes(update);
		assertThat(updateChanges.get("fullName").get("before").asString()).isEqualTo(name);
		assertThat(updateChanges.get("fullName").get("after").asString()).isEqualTo(name + " Renamed");
		assertThat(updateChanges.get("classification").get("before").asString()).isEqualTo("RESTRICTED");
		assertThat(updateChanges.get("classification").get("after").asString()).isEqualTo("CONFIDENTIAL");
		assertThat(updateChanges.has("notes")).as("unchanged fields are not listed").isFalse();
		assertThat(updateChanges.has("version")).isFalse();

		JsonNode verification = admin.get("/api/v1/admin/audit/verify").json();
		assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
		assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(update.get("seq").asLong());
	}

	@Test
	void userAccountsAreAuditedWithoutTheirSecrets() {
		User user = TestUsers.create(port, "audited-user", "MPS", "RESTRICTED", "VIEWER");
		Http admin = TestUsers.admin(port);
		List<JsonNode> entries = entries(admin, "UserAccount", user.id().toString());
		assertThat(entries).isNotEmpty();
		JsonNode create = entries.get(0);
		assertThat(create.get("action").asString()).isEqualTo("CREATE");
		assertThat(create.get("actor").asString()).isEqualTo(TestUsers.ADMIN);
		assertThat(create.get("actorAgency").asString()).isEqualTo("MPS");
		assertThat(changes(create).get("passwordHash").get("after").asString()).isEqualTo("***");
		assertThat(create.get("changes").asString()).doesNotContain(TestUsers.PASSWORD).doesNotContain("{bcrypt}");

		String secret = user.http().post("/api/v1/me/tokens", Map.of("name", "audit")).json().get("secret").asString();
		Http.Response all = admin.get("/api/v1/admin/audit?recordType=ApiToken&size=200");
		assertThat(all.body()).doesNotContain(secret).doesNotContain(secret.substring(4));
	}

	@Test
	void theSeedIsAuditedAndTheChainIsIntact() {
		Http admin = TestUsers.admin(port);
		JsonNode seed = admin.get("/api/v1/admin/audit?actor=seed&size=5").json();
		assertThat(seed.get("totalItems").asLong()).isGreaterThan(10);
		JsonNode verification = admin.get("/api/v1/admin/audit/verify").json();
		assertThat(verification.get("intact").asBoolean()).isTrue();
		assertThat(verification.get("firstBrokenSeq").isNull()).isTrue();
	}

	@Test
	void anAdminOfOneMinistrySeesOnlyItsMinistrysEntries() {
		User mininitAdmin = TestUsers.create(port, "mininit-auditor", "MININT", "SECRET", "ADMIN");
		JsonNode page = mininitAdmin.http().get("/api/v1/admin/audit?size=200").json();
		assertThat(page.get("items").valueStream().map(e -> e.get("actorAgency").asString()))
			.allMatch(agency -> agency.startsWith("MININT"));
	}

}
