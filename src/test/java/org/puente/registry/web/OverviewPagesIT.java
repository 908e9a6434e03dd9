package org.puente.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The partnership page and the dashboard, read as a browser gets them, against the demo
 * partnership and records made through the API.
 */
@IntegrationTest
class OverviewPagesIT {

	static final String API = "/api/v1/registry";

	@LocalServerPort
	int port;

	private BrowserSession signIn(TestUsers.User user) {
		return BrowserSession.signIn(port, user.username(), TestUsers.PASSWORD);
	}

	private static JsonNode created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	@Test
	void timelineShowsTheSeedEngagementsAndZoomsIntoAYearWithItsProgrammes() {
		BrowserSession viewer = signIn(TestUsers.create(port, "tl-viewer", "MPS", "RESTRICTED", "VIEWER"));
		Page page = viewer.get("/registry/partnerships/MPS-MININT");
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		List<String> titles = html.select("#timeline .timeline__title").eachText();
		assertThat(titles).anyMatch(t -> t.contains("Tô Lâm") && t.contains("Cuba"))
			.anyMatch(t -> t.contains("Trần Lưu Quang"))
			.anyMatch(t -> t.contains("Trần Quốc Tỏ"))
			.anyMatch(t -> t.contains("Lương Tam Quang") && t.contains("Álvarez Casas"));
		assertThat(html.select("#timeline .timeline-year").eachText()).containsSubsequence("2022", "2024", "2025");
		// All years: a visit once, not each meeting of its programme.
		assertThat(titles).noneMatch(t -> t.contains("CIMEQ"));
		assertThat(html.select(".timeline-zoom a").eachText()).anyMatch(t -> t.startsWith("2022"));

		Document zoomed = viewer.get("/registry/partnerships/MPS-MININT?year=2022").html();
		assertThat(zoomed.select("#timeline .timeline-year").eachText()).containsExactly("2022");
		assertThat(zoomed.select("#timeline .timeline--programme .timeline__title").eachText())
			.anyMatch(t -> t.contains("CIMEQ"));
		assertThat(zoomed.select(".timeline-zoom a[aria-current=true]").text()).startsWith("2022");

		// Agreements as a tree: the 2025 cybersecurity agreement under the 2018
		// framework.
		List<Element> rows = html.select("#agreements + div table tbody tr");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		assertThat(rows.get(0).selectFirst("td").className()).isEqualTo("tree-0");
		assertThat(html.select("td.tree-1 a").eachText()).anyMatch(t -> t.toLowerCase().contains("cyber"));
	}

	@Test
	void openCommitmentCountsMatchTheListTheyLinkTo() {
		TestUsers.User viewer = TestUsers.create(port, "count-viewer", "MPS", "RESTRICTED", "VIEWER");
		Document html = signIn(viewer).get("/registry/partnerships/MPS-MININT").html();
		Element table = html.selectFirst("#open-commitments + div table");
		assertThat(table).isNotNull();
		int checked = 0;
		for (Element link : table.select("tbody td a")) {
			String href = link.attr("href");
			assertThat(href).startsWith("/registry/commitments?");
			String query = href.substring(href.indexOf('?') + 1).replace("&amp;", "&");
			JsonNode list = viewer.http().get(API + "/commitments?size=1&" + query).json();
			assertThat(list.get("totalItems").asLong()).as(href).isEqualTo(Long.parseLong(link.text()));
			checked++;
		}
		assertThat(checked).isGreaterThan(5);
	}

	@Test
	void dashboardShowsOverdueUpcomingAndExpiringRecordsOfTheChosenWindow() {
		TestUsers.User editor = TestUsers.create(port, "dash-editor", "MPS", "SECRET", "EDITOR");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now();
		JsonNode talks = created(editor.http()
			.post(API + "/engagements",
					Map.of("partnership", "MPS-MININT", "kind", "TALKS", "title",
							Map.of("en", "Future talks " + marker), "startDate", today.plusDays(20).toString(),
							"hostAgency", "MPS", "guestAgency", "MININT", "sources", List.of("test"))));
		created(editor.http()
			.post(API + "/commitments",
					Map.of("originEngagement", talks.get("id").asString(), "text",
							Map.of("en", "Late commitment " + marker), "agreedBy", "BOTH", "areas",
							List.of("healthcare"), "dueDate", today.minusDays(3).toString(), "responsibleAgency",
							"MININT", "sources", List.of("test"))));
		created(editor.http()
			.post(API + "/agreements",
					Map.of("partnership", "MPS-MININT", "kind", "PLAN", "title",
							Map.of("en", "Training plan " + marker), "status", "IN_FORCE", "signedOn",
							today.minusYears(1).toString(), "expiresOn", today.plusDays(60).toString(), "parties",
							List.of("MPS", "MININT"), "sources", List.of("test"))));

		BrowserSession session = signIn(editor);
		Document wide = session.get("/registry/dashboard?partnership=MPS-MININT&within=90").html();
		assertThat(wide.select("#overdue ~ ul li").eachText()).anyMatch(t -> t.contains("Late commitment " + marker));
		assertThat(wide.select("#upcoming ~ ol .timeline__title").eachText()).contains("Future talks " + marker);
		assertThat(wide.select("#expiring ~ ul li").eachText()).anyMatch(t -> t.contains("Training plan " + marker));
		assertThat(wide.select("#within option[selected]").attr("value")).isEqualTo("90");
		// Each chart draws a bar for every row of the table that holds its numbers.
		for (String chart : List.of("by-area", "over-time", "by-level")) {
			Element figure = wide.selectFirst("figure:has(svg.chart-" + chart + ")");
			assertThat(figure).as(chart).isNotNull();
			assertThat(figure.select("svg rect").size()).as(chart).isGreaterThan(0);
			assertThat(figure.select(".chart-table tbody tr").size()).as(chart)
				.isEqualTo(figure.select("svg g").size());
		}
		// Where the commitments stood at the end of 2022: those the October 2022 talks
		// recorded, each counted once.
		Element overTime = wide.selectFirst("figure:has(svg.chart-over-time) .chart-table tbody tr");
		assertThat(overTime.selectFirst("th").text()).isEqualTo("2022");
		assertThat(Long.parseLong(overTime.select("td").last().text())).isGreaterThanOrEqualTo(5);

		Document narrow = session.get("/registry/dashboard?partnership=MPS-MININT&within=30").html();
		assertThat(narrow.select("#expiring ~ ul li").eachText()).noneMatch(t -> t.contains("Training plan " + marker));
	}

	@Test
	void theChartsSeriesComeFromTheApiToo() {
		TestUsers.User user = TestUsers.create(port, "stats-viewer", "MININT", "RESTRICTED", "VIEWER");
		Http viewer = user.http();
		Http.Response response = viewer.get(API + "/statistics?partnership=MPS-MININT");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode stats = response.json();
		// The dashboard's script reads the same series through the browser session.
		Page page = signIn(user).getJson("/registry/dashboard/statistics.json?partnership=MPS-MININT");
		assertThat(page.status()).isEqualTo(200);
		assertThat(Http.JSON.readTree(page.body())).isEqualTo(stats);
		List<String> years = stats.get("commitmentsByYear")
			.get("points")
			.valueStream()
			.map(p -> p.get("label").asString())
			.toList();
		assertThat(years).startsWith("2022", "2023", "2024", "2025");
		JsonNode talks2025 = stats.get("engagementsByLevel")
			.get("points")
			.valueStream()
			.filter(p -> p.get("label").asString().equals("2025"))
			.findFirst()
			.orElseThrow();
		// Two ministers led the August 2025 talks.
		assertThat(talks2025.get("counts").get("MINISTERIAL").asLong()).isGreaterThanOrEqualTo(1);
		// The CIMEQ donation carries out no recorded commitment, so it has no area:
		// counted
		// under the empty label.
		assertThat(
				stats.get("activitiesByArea").get("points").valueStream().mapToLong(p -> p.get("total").asLong()).sum())
			.isGreaterThanOrEqualTo(1);
		assertThat(viewer.get(API + "/statistics?partnership=NOPE").status()).isEqualTo(400);
	}

	@Test
	void internalRecordsCountOnlyForTheirOwnMinistry() {
		TestUsers.User editor = TestUsers.create(port, "int-editor", "MPS", "SECRET", "EDITOR");
		TestUsers.User partner = TestUsers.create(port, "int-partner", "MININT", "RESTRICTED", "VIEWER");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		created(editor.http()
			.post(API + "/engagements",
					Map.of("partnership", "MPS-MININT", "kind", "WORKING_SESSION", "title",
							Map.of("en", "Internal preparation " + marker), "startDate",
							LocalDate.now().plusDays(5).toString(), "hostAgency", "MPS", "internal", true,
							"internalNote", "only for MPS", "sources", List.of("test"))));
		assertThat(signIn(editor).get("/registry/dashboard").html().select("#upcoming ~ ol").text())
			.contains("Internal preparation " + marker);
		Page theirs = signIn(partner).get("/registry/dashboard");
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.body()).doesNotContain("Internal preparation " + marker);
		assertThat(signIn(partner).get("/registry/partnerships/MPS-MININT?year=" + LocalDate.now().getYear()).body())
			.doesNotContain("Internal preparation " + marker);
	}

	@Test
	void partnerOfTheOtherMinistrySeesThePagesInTheirLanguage() {
		TestUsers.User partner = TestUsers.create(port, "es-partner", "MININT", "RESTRICTED", "VIEWER");
		BrowserSession session = signIn(partner);
		Page home = session.get("/");
		session.post("/language", Map.of("lang", "es", "_csrf", home.csrf()));
		Document page = session.get("/registry/partnerships/MPS-MININT").html();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.select("h2").eachText()).contains("Cronología de encuentros", "Cambios recientes");
		Document dashboard = session.get("/registry/dashboard").html();
		assertThat(dashboard.select("h1").text()).isEqualTo("Panel");
		assertThat(dashboard.select(".chart__legend").text()).doesNotContain("??");
	}

	@Test
	void badChoicesAreNamedAndOutsidersAreRefused() {
		TestUsers.User viewer = TestUsers.create(port, "bad-viewer", "MPS", "RESTRICTED", "VIEWER");
		BrowserSession session = signIn(viewer);
		Page notANumber = session.get("/registry/dashboard?within=soon");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.html().select(".error-summary").text()).contains("Agreements expiring within");
		assertThat(session.get("/registry/dashboard?within=0").status()).isEqualTo(400);
		assertThat(session.get("/registry/dashboard?within=99999").status()).isEqualTo(400);
		assertThat(session.get("/registry/dashboard?partnership=NOPE").status()).isEqualTo(400);
		assertThat(session.get("/registry/partnerships/MPS-MININT?year=last").status()).isEqualTo(400);

		// A ministry outside the partnership sees neither its page nor its dashboard.
		String code = "OUT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		Http.Response agency = TestUsers.admin(port)
			.post("/api/v1/agencies", Map.of("code", code, "kind", "MINISTRY", "country", "LA", "names",
					Map.of("vi", "Bộ thử " + code, "es", "Ministerio " + code, "en", "Ministry " + code)));
		assertThat(agency.status()).as(agency.body()).isEqualTo(201);
		TestUsers.User outsiderUser = TestUsers.create(port, "outsider", code, "RESTRICTED", "VIEWER");
		String outsiderName = outsiderUser.username();
		BrowserSession outsider = signIn(outsiderUser);
		assertThat(outsider.get("/registry/partnerships/MPS-MININT").status()).isEqualTo(403);
		assertThat(outsider.get("/registry/dashboard?partnership=MPS-MININT").status()).isEqualTo(403);
		assertThat(new Http(port).as(outsiderName, TestUsers.PASSWORD)
			.get(API + "/statistics?partnership=MPS-MININT")
			.status()).isEqualTo(403);
		Page own = outsider.get("/registry/dashboard");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.html().select(".notice").text()).isNotEmpty();
	}

	@Test
	void signedOutVisitorsAreSentToTheLoginPage() {
		var anonymous = java.net.http.HttpClient.newHttpClient();
		for (String path : List.of("/registry/dashboard", "/registry/partnerships/MPS-MININT",
				"/registry/partnerships")) {
			var response = anonymous
				.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
				.join();
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(path).contains("/login");
		}
	}

}
