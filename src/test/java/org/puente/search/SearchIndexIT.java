package org.puente.search;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.BrowserSession;
import org.puente.support.BrowserSession.Page;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the search index from the database: by API (answers when done) and from the
 * admin page (runs in the background, the page shows its progress); only system
 * administrators may.
 */
@IntegrationTest
class SearchIndexIT {

	@LocalServerPort
	int port;

	@Test
	void theApiRebuildsEveryIndexAndSearchStillFindsWithoutDiacritics() {
		Http.Response rebuilt = TestUsers.admin(port).post("/api/v1/admin/search/reindex", Map.of());
		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		JsonNode body = rebuilt.json();
		assertThat(body.get("entities").valueStream().map(JsonNode::asString)).contains("Person", "Engagement",
				"Commitment", "Agreement");
		assertThat(body.get("documents").asLong()).isGreaterThan(40);
		JsonNode people = TestUsers.admin(port).get("/api/v1/people?q=luong%20tam").json();
		assertThat(people.get("items").get(0).get("fullName").asString()).isEqualTo("Lương Tam Quang");
	}

	@Test
	void theAdminPageStartsARebuildAndShowsHowFarItGot() throws InterruptedException {
		BrowserSession admin = BrowserSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		Page page = admin.get("/admin/search");
		assertThat(page.status()).isEqualTo(200);
		Page started = admin.post("/admin/search", Map.of("_csrf", page.csrf()));
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.location()).endsWith("/admin/search");
		Page progress = admin.get("/admin/search/progress");
		for (int i = 0; i < 100 && progress.html().selectFirst("#search-progress[hx-get]") != null; i++) {
			Thread.sleep(200);
			progress = admin.get("/admin/search/progress");
		}
		assertThat(progress.html().selectFirst("#search-progress[hx-get]")).as("still running").isNull();
		assertThat(progress.html().select("progress").attr("value")).isEqualTo("100");
		assertThat(progress.html().select(".notice--ok").text()).contains("records indexed");
	}

	@Test
	void onlySystemAdministratorsMayRebuild() {
		TestUsers.User agencyAdmin = TestUsers.create(port, "idx-admin", "MININT", "SECRET", "ADMIN");
		assertThat(agencyAdmin.http().post("/api/v1/admin/search/reindex", Map.of()).status()).isEqualTo(403);
		BrowserSession session = BrowserSession.signIn(port, agencyAdmin.username(), TestUsers.PASSWORD);
		assertThat(session.get("/admin/search").status()).isEqualTo(403);
		Page home = session.get("/");
		assertThat(session.post("/admin/search", Map.of("_csrf", home.csrf())).status()).isEqualTo(403);
	}

}
