package org.puente.registry.web;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.support.BrowserSession;
import org.puente.support.BrowserSession.Page;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's read pages as a desk officer uses them: lists that filter, sort, page
 * and download; records with everything linked to them; what a partner may and may not
 * see.
 */
@IntegrationTest
class RecordPagesIT {

	static final String API = "/api/v1/registry";

	@LocalServerPort
	int port;

	private BrowserSession admin() {
		return BrowserSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	private BrowserSession as(TestUsers.User user) {
		return BrowserSession.signIn(port, user.username(), TestUsers.PASSWORD);
	}

	private static List<String> rows(Page page) {
		return page.html().select("table tbody tr td:first-child a").eachText();
	}

	private static Page ok(Page page) {
		assertThat(page.status()).as(page.path() + ": " + page.body()).isEqualTo(200);
		return page;
	}

	private static Map<String, Object> talks(String title, String... extra) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("partnership", "MPS-MININT");
		form.put("kind", "TALKS");
		form.put("title", Map.of("en", title, "vi", "Hội đàm " + title, "es", "Conversaciones " + title));
		form.put("startDate", "2026-03-10");
		form.put("hostAgency", "MPS");
		form.put("guestAgency", "MININT");
		form.put("sources", List.of("test"));
		for (int i = 0; i + 1 < extra.length; i += 2) {
			form.put(extra[i], extra[i + 1]);
		}
		return form;
	}

	private String created(Http http, String path, Object form) {
		Http.Response response = http.post(API + path, form);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	@Test
	void agreementListShowsTheDemoAgreementsAndEachFilterNarrowsIt() {
		BrowserSession admin = admin();
		Page all = ok(admin.get("/registry/agreements?partnership=MPS-MININT"));
		assertThat(rows(all)).hasSize(2);
		Document html = all.html();
		assertThat(html.select("table caption").text()).isNotBlank();
		assertThat(html.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
		assertThat(html.select("#record-count").text()).contains("2");
		assertThat(html.select("select#status option").eachAttr("value")).contains("SIGNED", "IN_FORCE");
		assertThat(html.select("select#area option").eachText()).contains("Cybersecurity");
		assertThat(html.select("select#agency option").eachAttr("value")).contains("MPS", "MININT-DGCI");

		assertThat(rows(ok(admin.get("/registry/agreements?partnership=MPS-MININT&status=SIGNED")))).singleElement()
			.asString()
			.startsWith("Cybersecurity cooperation agreement");
		assertThat(rows(ok(admin.get("/registry/agreements?area=cybersecurity")))).hasSize(1);
		assertThat(rows(ok(admin.get("/registry/agreements?from=2025-01-01&to=2025-12-31")))).hasSize(1);
		assertThat(rows(ok(admin.get("/registry/agreements?agency=MININT-DGCI")))).hasSize(1);
		Page none = ok(admin.get("/registry/agreements?status=EXPIRED&partnership=MPS-MININT"));
		assertThat(rows(none)).isEmpty();
		assertThat(none.html().select("#record-count").text()).isNotBlank();
		// The filter form keeps what was chosen.
		assertThat(none.html().select("select#status option[selected]").attr("value")).isEqualTo("EXPIRED");
	}

	@Test
	void everyOtherListRendersAndFilters() {
		BrowserSession admin = admin();
		List<String> allEngagements = rows(ok(admin.get("/registry/engagements?to=2025-12-31&size=200")));
		List<String> talks = rows(ok(admin.get("/registry/engagements?to=2025-12-31&kind=TALKS&size=200")));
		assertThat(allEngagements).hasSizeGreaterThan(talks.size());
		assertThat(talks).isNotEmpty();
		assertThat(rows(ok(admin.get("/registry/engagements?agency=MININT-DGCI&size=200"))))
			.hasSizeLessThan(allEngagements.size());
		assertThat(rows(ok(admin.get("/registry/engagements?from=2025-08-01&to=2025-08-31&size=200")))).isNotEmpty()
			.hasSizeLessThan(allEngagements.size());

		List<String> commitments = rows(ok(admin.get("/registry/commitments?partnership=MPS-MININT&size=200")));
		assertThat(commitments).isNotEmpty();
		assertThat(rows(ok(admin.get("/registry/commitments?partnership=MPS-MININT&area=agriculture-food&size=200"))))
			.isNotEmpty()
			.hasSizeLessThan(commitments.size());
		assertThat(rows(ok(admin.get("/registry/commitments?partnership=MPS-MININT&status=PROPOSED&size=200"))))
			.hasSizeLessThan(commitments.size());

		assertThat(rows(ok(admin.get("/registry/activities")))).contains("Medical equipment donated to CIMEQ hospital");
		assertThat(rows(ok(admin.get("/registry/activities?status=PLANNED&to=2025-12-31")))).isEmpty();

		assertThat(rows(ok(admin.get("/registry/reviews?to=2025-12-31")))).hasSize(2);
		assertThat(rows(ok(admin.get("/registry/reviews?from=2024-01-01&to=2025-12-31")))).hasSize(1);
	}

	@Test
	void columnsSortBothWaysAndTheLinkToggles() {
		BrowserSession admin = admin();
		Page asc = ok(admin.get("/registry/agreements?partnership=MPS-MININT&sort=title.en,asc"));
		List<String> ascending = rows(asc);
		Page desc = ok(admin.get("/registry/agreements?partnership=MPS-MININT&sort=title.en,desc"));
		assertThat(rows(desc)).containsExactlyElementsOf(ascending.reversed());
		assertThat(ascending.get(0)).startsWith("Cooperation agreement");
		Element header = asc.html().selectFirst("th[aria-sort=ascending]");
		assertThat(header).isNotNull();
		assertThat(header.selectFirst("a").attr("href")).contains("sort=title.en%2Cdesc")
			.contains("partnership=MPS-MININT");
		// Only the fields the list offers can be sorted.
		Page refused = admin.get("/registry/agreements?sort=internalNote,asc");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".error-summary").text()).contains("Sort");

		List<String> due = rows(ok(admin.get("/registry/commitments?partnership=MPS-MININT&sort=dueDate,asc")));
		assertThat(due).isNotEmpty();
	}

	@Test
	void csvExportCarriesTheFiltersWithAByteOrderMarkAndVietnamese() {
		BrowserSession admin = admin();
		Page list = ok(admin.get("/registry/agreements?status=SIGNED&partnership=MPS-MININT"));
		String link = list.html().selectFirst("a[href*=export.csv]").attr("href");
		assertThat(link).contains("status=SIGNED").contains("partnership=MPS-MININT");
		Page csv = ok(admin.get(link));
		assertThat(csv.body()).startsWith("\uFEFF");
		String[] lines = csv.body().substring(1).split("\r\n");
		// The page export speaks the reader's language (the API keeps machine headers).
		assertThat(lines[0]).startsWith("ID,Kind,Title,Title (Vietnamese)");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains("an ninh mạng").contains("SIGNED").contains("Hà Nội");

		Page engagements = ok(admin.get("/registry/engagements/export.csv?kind=SIGNING_CEREMONY&to=2025-12-31"));
		assertThat(engagements.body()).startsWith("\uFEFF").contains("Lương Tam Quang");
		assertThat(engagements.body().split("\r\n")).hasSizeGreaterThan(1);
		for (String type : List.of("commitments", "activities", "reviews")) {
			assertThat(ok(admin.get("/registry/" + type + "/export.csv")).body()).startsWith("\uFEFF");
		}
	}

	@Test
	void aBadFilterNamesTheFieldWith400() {
		BrowserSession admin = admin();
		Page page = admin.get("/registry/agreements?from=not-a-date");
		assertThat(page.status()).isEqualTo(400);
		Document html = page.html();
		assertThat(html.select(".error-summary a").attr("href")).isEqualTo("#from");
		assertThat(html.select(".error-summary").text()).contains("From");
		assertThat(html.selectFirst("input#from").attr("value")).isEqualTo("not-a-date");
		assertThat(admin.get("/registry/engagements?to=2025-13-45").status()).isEqualTo(400);
		assertThat(admin.get("/registry/commitments?status=NOT_A_STATUS").status()).isEqualTo(400);
		assertThat(admin.get("/registry/activities?partnership=NOPE").status()).isEqualTo(400);
		assertThat(admin.get("/registry/reviews?person=abc").status()).isEqualTo(400);
		assertThat(admin.get("/registry/agreements/export.csv?from=not-a-date").status()).isEqualTo(400);
		assertThat(admin.get("/registry/search?type=NONSENSE&q=x").status()).isEqualTo(400);
	}

	@Test
	void showPagesGiveADeskOfficerEverything() {
		BrowserSession admin = admin();
		// The cybersecurity agreement: parties by name, status history, engagements.
		Page list = ok(admin.get("/registry/agreements?status=SIGNED&partnership=MPS-MININT"));
		Page agreement = ok(admin.get(list.html().selectFirst("tbody a").attr("href")));
		Document a = agreement.html();
		assertThat(a.select("h1").text()).startsWith("Cybersecurity cooperation agreement");
		assertThat(a.select(".other-languages").text()).contains("an ninh mạng").contains("ciberseguridad");
		assertThat(a.select("table.history tbody tr")).isNotEmpty();
		assertThat(a.select(".sources").text()).contains("004_8d0f82977c284667");
		assertThat(a.select("a[href^=/registry/agreements/]").eachText()).anyMatch(t -> t.startsWith("Cooperation"));
		String framework = a.select("a[href^=/registry/agreements/]")
			.stream()
			.filter(l -> l.text().startsWith("Cooperation"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(ok(admin.get(framework)).html().select(".record-links a[href^=/registry/agreements/]").eachText())
			.anyMatch(t -> t.startsWith("Cybersecurity cooperation agreement"));
		assertThat(a.select("a[href^=/registry/engagements/]")).isNotEmpty();
		assertThat(a.select(".tag--area").eachText()).contains("Cybersecurity");

		// The August 2025 talks: delegation, sources, parent visit, linked agreement.
		Page talks = ok(admin.get("/registry/engagements?kind=TALKS&from=2025-08-01&to=2025-08-31"));
		Document e = ok(admin.get(talks.html().selectFirst("tbody a").attr("href"))).html();
		assertThat(e.select("table.delegation tbody tr")).isNotEmpty();
		assertThat(e.select("table.delegation").text()).contains("Lương Tam Quang");
		assertThat(e.select(".sources").text()).contains("002_34c03378e984f209").contains("004_8d0f82977c284667");

		// A commitment, an activity and a review.
		String commitmentLink = ok(admin.get("/registry/commitments?partnership=MPS-MININT")).html()
			.selectFirst("tbody a")
			.attr("href");
		Document c = ok(admin.get(commitmentLink)).html();
		assertThat(c.select(".agreed").text()).isNotBlank();
		assertThat(c.select("table.history, .history, p").text()).isNotBlank();
		Document activity = ok(
				admin.get(ok(admin.get("/registry/activities")).html().selectFirst("tbody a").attr("href")))
			.html();
		assertThat(activity.select("h1").text()).isNotBlank();
		Document review = ok(admin.get(ok(admin.get("/registry/reviews?from=2024-01-01&to=2024-12-31")).html()
			.selectFirst("tbody a")
			.attr("href"))).html();
		assertThat(review.select("h2").eachText()).hasSizeGreaterThan(0);
		assertThat(review.select(".conclusions").text()).contains("force building");
		assertThat(review.select("#snapshot-moved, #snapshot-overdue, #snapshot-stalled")).hasSize(3);
		assertThat(review.select("a[href^=/registry/agreements/]")).isNotEmpty();
	}

	@Test
	void aDocumentDownloadsAsAnAttachmentUnderASafeName() throws Exception {
		Http api = TestUsers.admin(port);
		String id = api.get(API + "/agreements?status=SIGNED&partnership=MPS-MININT")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		byte[] content = "Biên bản ký kết".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> attached = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + API + "/agreements/" + id + "/documents?name="
						+ URLEncoder.encode("biên \"bản\"\r\n.txt", StandardCharsets.UTF_8)))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
								.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofByteArray(content))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);

		BrowserSession admin = admin();
		Document show = ok(admin.get("/registry/agreements/" + id)).html();
		Element row = show.selectFirst("table.documents tbody tr");
		assertThat(row.select("code.checksum").text()).hasSize(64);
		assertThat(row.text()).contains(String.valueOf(content.length));
		String href = row.selectFirst("a").attr("href");
		assertThat(href).startsWith("/registry/agreements/" + id + "/documents/");

		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = Jsoup.parse(login).selectFirst("input[name=_csrf]").attr("value");
		String form = "username=" + TestUsers.ADMIN + "&password="
				+ URLEncoder.encode(TestUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<byte[]> file = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + href)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(content);
		String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment;").doesNotContain("\r").doesNotContain("\n");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void aMinintViewerReadsSpanishAndNeverSeesMpsInternals() {
		Http mpsEditor = TestUsers.create(port, "rp-mps-editor", "MPS", "SECRET", "EDITOR").http();
		TestUsers.User minint = TestUsers.create(port, "rp-minint-viewer", "MININT", "RESTRICTED", "VIEWER");
		String shared = created(mpsEditor, "/engagements",
				talks("Shared talks with a note", "internalNote", "Our line: ask about CIMEQ."));
		Map<String, Object> secretForm = talks("Internal preparation meeting");
		secretForm.put("internal", true);
		String secret = created(mpsEditor, "/engagements", secretForm);

		BrowserSession session = as(minint);
		Page home = session.get("/registry/agreements");
		Page switched = session.post("/language", Map.of("lang", "es", "_csrf", home.csrf()));
		assertThat(switched.status()).isEqualTo(302);
		Document list = ok(session.get("/registry/agreements?partnership=MPS-MININT")).html();
		assertThat(list.select("h1").text()).isEqualTo("Acuerdos");
		assertThat(list.select("tbody .status").eachText()).contains("Firmado");
		assertThat(rows(ok(session.get("/registry/agreements?partnership=MPS-MININT"))))
			.anyMatch(t -> t.contains("ciberseguridad"));

		Document talks = ok(session.get("/registry/engagements/" + shared)).html();
		assertThat(talks.select("h1").text()).isEqualTo("Conversaciones Shared talks with a note");
		assertThat(talks.text()).doesNotContain("Our line");
		assertThat(talks.select(".internal-note")).isEmpty();
		assertThat(session.get("/registry/engagements/" + secret).status()).isIn(403, 404);
		assertThat(ok(session.get("/registry/engagements?from=2026-03-10&to=2026-03-10")).body()).doesNotContain(secret)
			.contains(shared);

		// Inside MPS the note shows.
		TestUsers.User mpsViewer = TestUsers.create(port, "rp-mps-viewer", "MPS", "RESTRICTED", "VIEWER");
		Document own = ok(as(mpsViewer).get("/registry/engagements/" + shared)).html();
		assertThat(own.select(".internal-note").text()).isEqualTo("Our line: ask about CIMEQ.");
		assertThat(ok(as(mpsViewer).get("/registry/engagements/" + secret)).html().select(".tag--warn")).isNotEmpty();
	}

	@Test
	void aCommitmentSaysWhoAgreedAndWhenItsActivitiesAreAllDone() {
		Http mpsEditor = TestUsers.create(port, "rp-done", "MPS", "SECRET", "EDITOR").http();
		String engagement = created(mpsEditor, "/engagements", talks("Talks with a training"));
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("originEngagement", engagement);
		proposal.put("text", Map.of("en", "Train MININT cyber staff", "vi", "Đào tạo cán bộ an ninh mạng"));
		proposal.put("agreedBy", "ONE_SIDE");
		proposal.put("proposedBy", "MININT");
		proposal.put("dueDate", "2020-01-01");
		proposal.put("areas", List.of("cybersecurity"));
		String commitment = created(mpsEditor, "/commitments", proposal);
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("kind", "TRAINING");
		activity.put("title", Map.of("en", "Cyber training course"));
		activity.put("status", "DONE");
		activity.put("commitments", List.of(commitment));
		String activityId = created(mpsEditor, "/activities", activity);

		BrowserSession admin = admin();
		Document page = ok(admin.get("/registry/commitments/" + commitment)).html();
		assertThat(page.select(".agreed--one").text()).isEqualTo("One side only");
		assertThat(page.select("dl.summary").text()).contains("Proposed or requested by one side only")
			.contains("proposed or requested by Ministry of the Interior");
		assertThat(page.select(".tag--overdue")).isNotEmpty();
		assertThat(page.select(".done-proposed").text()).contains("may now be marked done");
		assertThat(page.select("a[href=/registry/activities/" + activityId + "]").text())
			.isEqualTo("Cyber training course");
		assertThat(page.select("a[href=/registry/activities/new?commitment=" + commitment + "]")).hasSize(1);
		Document engagementPage = ok(admin.get("/registry/engagements/" + engagement)).html();
		assertThat(engagementPage.select("a[href=/registry/commitments/" + commitment + "]")).hasSize(1);
		assertThat(engagementPage.select("a[href=/registry/commitments/new?engagement=" + engagement + "]")).hasSize(1);
		assertThat(engagementPage.select("a[href=/registry/engagements/new?parent=" + engagement + "]")).hasSize(1);
		Document activityPage = ok(admin.get("/registry/activities/" + activityId)).html();
		assertThat(activityPage.select("a[href=/registry/commitments/" + commitment + "]").text())
			.isEqualTo("Train MININT cyber staff");
	}

	@Test
	void editLinksShowOnlyToEditorsOfAMemberMinistry() {
		TestUsers.User viewer = TestUsers.create(port, "rp-viewer", "MPS", "RESTRICTED", "VIEWER");
		TestUsers.User editor = TestUsers.create(port, "rp-editor", "MPS", "RESTRICTED", "EDITOR");
		TestUsers.User partnerEditor = TestUsers.create(port, "rp-partner-editor", "MININT", "RESTRICTED", "EDITOR");
		String link = ok(admin().get("/registry/agreements?status=SIGNED&partnership=MPS-MININT")).html()
			.selectFirst("tbody a")
			.attr("href");
		Document forViewer = ok(as(viewer).get(link)).html();
		assertThat(forViewer.select("a[href$=/edit], a[href$=/delete], a[href$=/status]")).isEmpty();
		assertThat(ok(as(viewer).get("/registry/agreements")).html().select("a[href$=/registry/agreements/new]"))
			.isEmpty();
		Document forEditor = ok(as(editor).get(link)).html();
		assertThat(forEditor.select("a[href=" + link + "/edit]")).hasSize(1);
		assertThat(forEditor.select("a[href=" + link + "/status]")).hasSize(1);
		assertThat(forEditor.select("a[href=" + link + "/documents/new]")).hasSize(1);
		assertThat(forEditor.select("a[href^=/registry/reviews/new?agreement=]")).hasSize(1);
		assertThat(ok(as(editor).get("/registry/agreements")).html().select("a[href=/registry/agreements/new]"))
			.hasSize(1);
		// MININT is a partner but does not own the MPS record.
		assertThat(ok(as(partnerEditor).get(link)).html().select("a[href$=/edit]")).isEmpty();
	}

	@Test
	void searchFindsAcrossLanguagesAndMarksTheMatchSafely() {
		TestUsers.User viewer = TestUsers.create(port, "rp-search", "MININT", "RESTRICTED", "VIEWER");
		BrowserSession session = as(viewer);

		Document alvarez = ok(session.get("/registry/search?q=alvarez+casas")).html();
		assertThat(alvarez.select(".search-hit a[href^=/directory/people/]").eachText())
			.contains("Lázaro Alberto Álvarez Casas");
		assertThat(alvarez.select(".search-hit a[href^=/registry/engagements/]")).isNotEmpty();
		assertThat(alvarez.select(".search-hit mark").eachText()).contains("Álvarez", "Casas");

		Document cyber = ok(session.get("/registry/search?q=ciberseguridad")).html();
		assertThat(cyber.select(".search-hit a[href^=/registry/agreements/]")).isNotEmpty();
		assertThat(cyber.select(".search-hit mark").eachText()).anyMatch(t -> t.equalsIgnoreCase("ciberseguridad"));

		for (String q : List.of("an+ninh+m%E1%BA%A1ng", "an+ninh+mang")) {
			Document vi = ok(session.get("/registry/search?q=" + q)).html();
			assertThat(vi.select(".search-hit a[href^=/registry/agreements/]")).as(q).isNotEmpty();
			assertThat(vi.select(".search-hit mark").eachText()).as(q).contains("mạng");
		}

		Document luong = ok(session.get("/registry/search?q=luong+tam&type=PERSON")).html();
		assertThat(luong.select(".search-hit a").eachText()).contains("Lương Tam Quang");
		assertThat(luong.select(".search-hit a[href^=/registry/]")).isEmpty();

		// Markup typed into a record comes back as text, never as markup.
		Http mpsEditor = TestUsers.create(port, "rp-xss", "MPS", "SECRET", "EDITOR").http();
		created(mpsEditor, "/engagements", talks("<script>alert(1)</script> zanzibarquux <b>bold</b>"));
		Page hostile = ok(as(viewer).get("/registry/search?q=zanzibarquux"));
		assertThat(hostile.html().select(".search-hit")).isNotEmpty();
		assertThat(hostile.html().select(".search-results script, .search-results b")).isEmpty();
		assertThat(hostile.html().select(".search-hit mark").eachText()).contains("zanzibarquux");
		assertThat(hostile.html().select(".search-hit__snippet").text()).contains("<script>");
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (String path : List.of("/registry/agreements", "/registry/engagements", "/registry/commitments",
				"/registry/activities", "/registry/reviews", "/registry/search?q=x",
				"/registry/agreements/export.csv")) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(path).contains("/login");
		}
	}

}
