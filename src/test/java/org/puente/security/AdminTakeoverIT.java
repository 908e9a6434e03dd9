package org.puente.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency administrator manages their ministry's users but cannot take over stronger
 * ones.
 */
@IntegrationTest
class AdminTakeoverIT {

	@LocalServerPort
	int port;

	@Test
	void agencyAdminCannotChangeOrResetAStrongerAccount() {
		TestUsers.User mpsAdmin = TestUsers.create(port, "mpsadm", "MPS", "CONFIDENTIAL", "ADMIN");
		TestUsers.User secretEditor = TestUsers.create(port, "secret", "MPS", "SECRET", "EDITOR");
		TestUsers.User viewer = TestUsers.create(port, "viewer", "MPS", "RESTRICTED", "VIEWER");
		String systemAdminId = TestUsers.admin(port).get("/api/v1/me").json().get("id").asString();

		var demote = mpsAdmin.http()
			.put("/api/v1/admin/users/" + systemAdminId, Map.of("fullName", "admin", "agency", "MPS", "roles",
					List.of("VIEWER"), "clearance", "SECRET", "language", "en", "enabled", true, "version", 0));
		assertThat(demote.status()).isEqualTo(403);
		assertThat(mpsAdmin.http()
			.post("/api/v1/admin/users/" + systemAdminId + "/password", Map.of("password", "taken-over-password"))
			.status()).isEqualTo(403);
		assertThat(mpsAdmin.http()
			.post("/api/v1/admin/users/" + secretEditor.id() + "/password", Map.of("password", "taken-over-password"))
			.status()).isEqualTo(403);
		assertThat(TestUsers.admin(port).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(mpsAdmin.http()
			.post("/api/v1/admin/users/" + viewer.id() + "/password", Map.of("password", "a-fresh-long-password"))
			.status()).isEqualTo(204);
	}

}
