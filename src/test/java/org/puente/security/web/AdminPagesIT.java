package org.puente.security.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminPagesIT {

	static final String PASSWORD = "guantanamera-sunrise-77";

	@LocalServerPort
	int port;

	@Test
	void adminCreatesASpanishSpeakingEditorWhoThenSeesPuenteInSpanish() {
		Browser admin = Browser.signedIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		Document form = admin.get("/admin/users/new").document();
		assertThat(form.select("form select#agency option[value=MININT]")).isNotEmpty();
		assertThat(form.select("input[name=roles][value=SYSTEM_ADMIN]")).as("offered to a system admin").isNotEmpty();

		Page created = admin.post("/admin/users/new",
				List.of(Map.entry("username", "lucia.perez"), Map.entry("fullName", "Lucía Pérez Hernández"),
						Map.entry("agency", "MININT"), Map.entry("roles", "EDITOR"),
						Map.entry("clearance", "RESTRICTED"), Map.entry("language", "es"),
						Map.entry("password", PASSWORD)));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/admin/users/[0-9a-f-]{36}\\?created");

		Document edit = admin.get(created.location()).document();
		assertThat(edit.select(".notice--ok").text()).contains("The user has been created");
		assertThat(edit.select("input#fullName").val()).isEqualTo("Lucía Pérez Hernández");
		assertThat(edit.select("select#agency option[selected]").val()).isEqualTo("MININT");
		assertThat(edit.select("input[name=roles][value=EDITOR]").hasAttr("checked")).isTrue();
		assertThat(edit.select("select#language option[selected]").val()).isEqualTo("es");

		// Found by part of her name, written without its accents.
		Document list = admin.get("/admin/users?q=lucia+perez").document();
		Element row = list.select("tbody tr:has(a:containsOwn(lucia.perez))").first();
		assertThat(row).isNotNull();
		assertThat(row.text()).contains("MININT", "Editor", "Restricted", "Español", "Active");

		Browser lucia = Browser.signedIn(port, "lucia.perez", PASSWORD);
		Document home = lucia.get("/").document();
		assertThat(home.select("html").attr("lang")).isEqualTo("es");
		assertThat(home.text()).contains("Inicio", "Cerrar sesión", "Lucía Pérez Hernández");
	}

	@Test
	void aRefusedUserFormSaysWhatIsWrongKeepsTheInputAndCreatesNobody() {
		Browser admin = Browser.signedIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		long before = usersInApi();

		Page refused = admin.post("/admin/users/new",
				List.of(Map.entry("username", "Bad Name!"), Map.entry("fullName", "Nguyễn Văn An"),
						Map.entry("agency", "MPS"), Map.entry("roles", "VIEWER"), Map.entry("clearance", "SECRET"),
						Map.entry("language", "vi"), Map.entry("password", "short")));
		assertThat(refused.status()).isEqualTo(400);
		Document page = refused.document();
		assertThat(page.select(".error-summary a[href=#username]")).hasSize(1);
		assertThat(page.select(".error-summary a[href=#password]")).hasSize(1);
		assertThat(page.select(".error-summary").text()).contains("Username:", "Password:", "12");
		assertThat(page.select(".error-summary a").eachAttr("href")).as("in the order of the form")
			.containsExactly("#username", "#password");
		assertThat(page.select(".field--error:has(#username) .field__error")).hasSize(1);
		assertThat(page.select(".field--error:has(#password) .field__error")).hasSize(1);
		assertThat(page.select("input#username").val()).isEqualTo("Bad Name!");
		assertThat(page.select("input#fullName").val()).isEqualTo("Nguyễn Văn An");
		assertThat(page.select("select#clearance option[selected]").val()).isEqualTo("SECRET");
		assertThat(page.select("input#password").val()).as("a password is never echoed back").isEmpty();

		Page weakOnly = admin.post("/admin/users/new",
				List.of(Map.entry("username", "kept.out"), Map.entry("fullName", "Kept Out"),
						Map.entry("agency", "MPS"), Map.entry("roles", "VIEWER"), Map.entry("clearance", "SECRET"),
						Map.entry("language", "vi"), Map.entry("password", "too-short")));
		assertThat(weakOnly.status()).isEqualTo(400);
		assertThat(usersInApi()).isEqualTo(before);
	}

	@Test
	void anAdministratorChangesDisablesAndResetsAUserAndHearsOfAConcurrentChange() {
		String id = createByApi("to.change", "VIEWER", "MININT-DGCI", "es");
		Browser admin = Browser.signedIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		Document edit = admin.get("/admin/users/" + id).document();
		String version = edit.select("input[name=version]").val();
		assertThat(edit.select("input#username")).as("the username cannot be changed").isEmpty();

		Page saved = admin.post("/admin/users/" + id,
				List.of(Map.entry("version", version), Map.entry("fullName", "Renamed Person"),
						Map.entry("agency", "MININT-DGCI"), Map.entry("roles", "VIEWER"), Map.entry("roles", "EDITOR"),
						Map.entry("clearance", "CONFIDENTIAL"), Map.entry("language", "es")));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("?saved");
		Element row = admin.get("/admin/users?q=to.change")
			.document()
			.select("tbody tr:has(a:containsOwn(to.change))")
			.first();
		assertThat(row.text()).contains("Renamed Person", "Editor", "Confidential", "Disabled");
		Page disabledSignIn = new Browser(port).signInAttempt("to.change", PASSWORD);
		assertThat(disabledSignIn.location()).contains("error");

		Page stale = admin.post("/admin/users/" + id, List.of(Map.entry("version", version),
				Map.entry("fullName", "Late Edit"), Map.entry("agency", "MININT-DGCI"), Map.entry("roles", "VIEWER"),
				Map.entry("clearance", "RESTRICTED"), Map.entry("language", "es"), Map.entry("enabled", "true")));
		assertThat(stale.status()).isEqualTo(409);
		Document conflict = stale.document();
		assertThat(conflict.select(".notice--error").text()).contains("Someone else changed this user",
				"Renamed Person");
		assertThat(conflict.select("input#fullName").val()).isEqualTo("Late Edit");
		assertThat(conflict.select("input[name=version]").val()).isNotEqualTo(version);

		Page weak = admin.post("/admin/users/" + id + "/password", List.of(Map.entry("password", "short")));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.document().select(".error-summary a[href=#password]")).hasSize(1);
		Page reset = admin.post("/admin/users/" + id + "/password",
				List.of(Map.entry("password", "a-fresh-start-2026")));
		assertThat(reset.status()).isEqualTo(302);
		assertThat(admin.get(reset.location()).document().select(".notice--ok").text())
			.contains("The password has been reset");
	}

	@Test
	void anEditorMayNotOpenTheAdministrationPages() {
		createByApi("ed.only", "EDITOR", "MPS", "en");
		Browser editor = Browser.signedIn(port, "ed.only", PASSWORD);
		assertThat(editor.get("/admin/users").status()).isEqualTo(403);
		assertThat(editor.get("/admin/users/new").status()).isEqualTo(403);
		assertThat(editor.get("/admin/audit").status()).isEqualTo(403);
		assertThat(editor.get("/account").status()).isEqualTo(200);
	}

	@Test
	void theAuditPageShowsWhoCreatedAUserAndTheChainIsIntact() {
		String id = createByApi("audited.one", "VIEWER", "MPS-A05", "vi");
		Browser admin = Browser.signedIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

		Document page = admin.get("/admin/audit?recordId=" + id + "&action=CREATE").document();
		Element row = page.select("table.audit tbody tr").first();
		assertThat(row).isNotNull();
		assertThat(row.select("td").get(1).text()).isEqualTo(TestUsers.ADMIN);
		assertThat(row.text()).contains("Created", "UserAccount", id, "username: audited.one");

		Page badDate = admin.get("/admin/audit?from=yesterday");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.document().select(".error-summary a[href=#from]")).hasSize(1);

		Document verified = admin.get("/admin/audit/verify").document();
		assertThat(verified.select(".notice--ok").text()).contains("The chain is intact");
		Page fragment = admin.get("/admin/audit/verify", "HX-Request", "true");
		assertThat(fragment.body()).doesNotContain("<html").contains("The chain is intact");
	}

	@Test
	void aTokenIsShownOnceWorksOnTheApiAndStopsWorkingWhenRevoked() {
		Browser admin = Browser.signedIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		Page refused = admin.post("/account/tokens",
				List.of(Map.entry("name", "nightly export"), Map.entry("validDays", "forever")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.document().select("input#name").val()).isEqualTo("nightly export");

		Page issued = admin.post("/account/tokens",
				List.of(Map.entry("name", "nightly export"), Map.entry("validDays", "30")));
		assertThat(issued.status()).isEqualTo(200);
		assertThat(issued.header("Cache-Control")).contains("no-store");
		String secret = issued.document().select(".secret").text();
		assertThat(secret).startsWith("pnt_");
		assertThat(issued.document().text()).contains("will not be shown again");

		Http api = new Http(port).bearer(secret);
		assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me").json().get("username").asString()).isEqualTo(TestUsers.ADMIN);

		Document account = admin.get("/account").document();
		assertThat(account.html()).doesNotContain(secret);
		Element row = account.select("table.tokens tbody tr:has(th:containsOwn(nightly export))").first();
		assertThat(row).isNotNull();
		String revoke = row.select("form").attr("action");
		Page revoked = admin.post(revoke, List.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
		Document after = admin.get(revoked.location()).document();
		assertThat(after.select(".notice--ok").text()).contains("revoked");
		assertThat(after.select("table.tokens tbody tr:has(th:containsOwn(nightly export)) form")).isEmpty();
	}

	@Test
	void theAccountPageChangesLanguageAndPassword() {
		createByApi("self.service", "VIEWER", "MPS", "en");
		Browser user = Browser.signedIn(port, "self.service", PASSWORD);
		Page chosen = user.post("/account/language", List.of(Map.entry("language", "vi")));
		assertThat(chosen.status()).isEqualTo(302);
		Document account = user.get(chosen.location()).document();
		assertThat(account.select("html").attr("lang")).isEqualTo("vi");
		assertThat(account.select("select#language option[selected]").val()).isEqualTo("vi");

		Page wrong = user.post("/account/password",
				List.of(Map.entry("currentPassword", "not-my-password"), Map.entry("newPassword", "x")));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.document().select(".error-summary a[href=#currentPassword]")).hasSize(1);
		assertThat(wrong.document().select(".error-summary a[href=#newPassword]")).hasSize(1);

		Page changed = user.post("/account/password",
				List.of(Map.entry("currentPassword", PASSWORD), Map.entry("newPassword", "a-brand-new-secret-99")));
		assertThat(changed.status()).isEqualTo(302);
		Browser again = Browser.signedIn(port, "self.service", "a-brand-new-secret-99");
		assertThat(again.get("/").document().select("html").attr("lang")).as("remembered language").isEqualTo("vi");
	}

	private long usersInApi() {
		return new Http(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
			.get("/api/v1/admin/users?size=200")
			.json()
			.get("totalItems")
			.asLong();
	}

	private String createByApi(String username, String role, String agency, String language) {
		var response = new Http(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
			.post("/api/v1/admin/users", Map.of("username", username, "password", PASSWORD, "fullName", username,
					"agency", agency, "roles", List.of(role), "clearance", "RESTRICTED", "language", language));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** A response as a browser gets it. */
	record Page(HttpResponse<String> raw) {

		int status() {
			return raw.statusCode();
		}

		String body() {
			return raw.body();
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		String location() {
			return header("Location");
		}

		Document document() {
			return Jsoup.parse(raw.body());
		}

	}

	/**
	 * A browser-like session: one cookie jar, form posts with the CSRF token the last
	 * page carried, redirects left for the test to follow.
	 */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String base;

		private String csrf;

		Browser(int port) {
			this.base = "http://localhost:" + port;
		}

		static Browser signedIn(int port, String username, String password) {
			Browser browser = new Browser(port);
			Page signedIn = browser.signInAttempt(username, password);
			assertThat(signedIn.status()).isEqualTo(302);
			assertThat(signedIn.location()).as("sign-in of " + username)
				.doesNotContain("error")
				.doesNotContain("locked");
			// Signing in renews the CSRF token: pick up the new one as a browser would.
			assertThat(browser.get(signedIn.location()).status()).isEqualTo(200);
			return browser;
		}

		Page signInAttempt(String username, String password) {
			get("/login");
			return post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
		}

		Page get(String path, String... headers) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return send(request);
		}

		Page post(String path, List<Map.Entry<String, String>> fields) {
			List<Map.Entry<String, String>> all = new ArrayList<>(fields);
			all.add(Map.entry("_csrf", csrf));
			String body = all.stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private URI uri(String path) {
			return URI.create(path.startsWith("http") ? path : base + path);
		}

		private Page send(HttpRequest.Builder request) {
			try {
				Page page = new Page(client.send(request.header("Accept", "text/html").build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
				String token = page.document().select("meta[name=_csrf]").attr("content");
				if (!token.isEmpty()) {
					csrf = token;
				}
				return page;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
