package org.puente.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in throttling, personal API tokens, security headers and the actuator. */
@IntegrationTest
class SignInIT {

	@LocalServerPort
	int port;

	@Test
	void repeatedWrongPasswordsLockTheAccount() {
		User user = TestUsers.create(port, "throttled", "MPS", "RESTRICTED", "VIEWER");
		assertThat(user.http().get("/api/v1/me").status()).isEqualTo(200);
		Http wrong = new Http(port).as(user.username(), "guessing-the-password");
		for (int i = 0; i < 5; i++) {
			Http.Response refused = wrong.get("/api/v1/me");
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		Http.Response locked = user.http().get("/api/v1/me");
		assertThat(locked.status()).as("the right password after 5 failures").isEqualTo(401);
		assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
		// Someone else is not affected.
		assertThat(TestUsers.admin(port).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void fewerFailuresThanTheLimitDoNotLock() {
		User user = TestUsers.create(port, "careless", "MPS", "RESTRICTED", "VIEWER");
		Http wrong = new Http(port).as(user.username(), "guessing-the-password");
		for (int i = 0; i < 4; i++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}
		assertThat(user.http().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aPersonalTokenWorksUntilRevoked() {
		User user = TestUsers.create(port, "tokenuser", "MININT", "RESTRICTED", "EDITOR");
		Http.Response issued = user.http().post("/api/v1/me/tokens", Map.of("name", "ci script", "validDays", 30));
		assertThat(issued.status()).isEqualTo(201);
		String secret = issued.json().get("secret").asString();
		String id = issued.json().get("id").asString();
		assertThat(secret).startsWith("pnt_");

		Http bearer = new Http(port).bearer(secret);
		Http.Response me = bearer.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo(user.username());
		assertThat(bearer.get("/api/v1/people").status()).isEqualTo(200);

		JsonNode listed = user.http().get("/api/v1/me/tokens").json();
		assertThat(listed.valueStream().map(t -> t.get("id").asString())).contains(id);
		assertThat(listed.toString()).as("the secret is shown once only").doesNotContain(secret);

		// Another user cannot revoke it.
		User other = TestUsers.create(port, "tokenthief", "MININT", "RESTRICTED", "EDITOR");
		assertThat(other.http().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(404);
		assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);

		assertThat(user.http().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
		Http.Response revoked = bearer.get("/api/v1/me");
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
		assertThat(user.http().get("/api/v1/me/tokens").json().get(0).get("revokedAt").isNull()).isFalse();
	}

	@Test
	void aTokenOfADisabledUserStopsWorking() {
		User user = TestUsers.create(port, "leaver", "MPS", "RESTRICTED", "VIEWER");
		String secret = user.http().post("/api/v1/me/tokens", Map.of("name", "laptop")).json().get("secret").asString();
		assertThat(new Http(port).bearer(secret).get("/api/v1/me").status()).isEqualTo(200);
		Http admin = TestUsers.admin(port);
		JsonNode account = admin.get("/api/v1/admin/users/" + user.id()).json();
		assertThat(admin.put("/api/v1/admin/users/" + user.id(),
				Map.of("fullName", account.get("fullName").asString(), "agency", "MPS", "roles", List.of("VIEWER"),
						"clearance", "RESTRICTED", "language", "en", "enabled", false, "version",
						account.get("version").asLong()))
			.status()).isEqualTo(200);
		assertThat(new Http(port).bearer(secret).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(user.http().get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void pagesSendStrictSecurityHeadersAndAnHttpOnlySessionCookie() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
			.contains("default-src 'self'")
			.contains("object-src 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).as("the login page starts a session (for its CSRF token)")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));

		Http.Response api = TestUsers.admin(port).get("/api/v1/me");
		assertThat(api.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(api.header("Set-Cookie")).as("the API is stateless").isNull();
	}

	@Test
	void healthIsPublicMetricsAreForAdministrators() {
		Http.Response health = new Http(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");

		Http.Response anonymous = new Http(port).get("/actuator/prometheus");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

		HttpResponse<String> metrics = prometheus("Basic " + java.util.Base64.getEncoder()
			.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes()));
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");

		User viewer = TestUsers.create(port, "metrics-viewer", "MPS", "SECRET", "VIEWER");
		assertThat(viewer.http().get("/actuator/prometheus").status()).isEqualTo(403);
	}

	private HttpResponse<String> prometheus(String authorization) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
					.header("Authorization", authorization)
					.header("Accept", "text/plain")
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
