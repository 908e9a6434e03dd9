package org.puente.reports;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
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
 * A user subscribes their calendar to a partnership's engagements: the secret address
 * works without signing in, parses as iCalendar with all-day events that carry title,
 * dates, place and a link back, shows only what the user may see, and stops working once
 * revoked.
 */
@IntegrationTest
class CalendarFeedIT {

	static final String BASE_URL = "http://localhost:8080";

	@LocalServerPort
	int port;

	/** Creates a feed of MPS-MININT through the page and answers its address's path. */
	private String createFeed(BrowserSession session) {
		Page page = session.get("/feeds/calendars?partnership=MPS-MININT");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.html().select("select#partnership option[selected]").attr("value")).isEqualTo("MPS-MININT");
		Page issued = session.submit(page, "form[action$=/feeds/calendars]", Map.of());
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		String url = issued.html().selectFirst("#feed-url").text();
		assertThat(url).startsWith(BASE_URL + "/feeds/calendar/pcf_").endsWith(".ics");
		return url.substring(BASE_URL.length());
	}

	/** Fetches a path as a calendar client does: no cookie, no credentials. */
	private HttpResponse<String> fetch(String path) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Calendar calendar(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		calendar.validate();
		return calendar;
	}

	private static Map<String, VEvent> byUid(Calendar calendar) {
		Map<String, VEvent> events = new HashMap<>();
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			events.put(value(event, Property.UID), event);
		}
		return events;
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	/** The demo partnership's engagements as the admin sees them through the API. */
	private List<JsonNode> engagements() {
		Http.Response list = TestUsers.admin(port).get("/api/v1/registry/engagements?partnership=MPS-MININT&size=200");
		assertThat(list.status()).isEqualTo(200);
		List<JsonNode> out = new java.util.ArrayList<>();
		list.json().get("items").forEach(out::add);
		return out;
	}

	@Test
	void theFeedCarriesEveryDatedTopLevelEngagementAsAnAllDayEvent() throws Exception {
		TestUsers.User minint = TestUsers.create(port, "cal", "MININT", "UNCLASSIFIED", "VIEWER");
		BrowserSession session = BrowserSession.signIn(port, minint.username(), TestUsers.PASSWORD);
		String feed = createFeed(session);
		Map<String, VEvent> events = byUid(calendar(feed));

		List<JsonNode> topLevel = engagements().stream()
			.filter(e -> e.get("parent").isNull() && !e.get("internal").asBoolean())
			.filter(e -> LocalDate.parse(e.get("startDate").asString()).getYear() <= 2025)
			.toList();
		// The demo's top-level engagements: three dated to the day, three known only
		// approximately (shown as tentative).
		assertThat(topLevel).hasSize(6);
		assertThat(topLevel.stream().filter(e -> !e.get("dateApproximate").asBoolean())).hasSize(3);
		for (JsonNode e : topLevel) {
			String id = e.get("id").asString();
			VEvent event = events.get(id + "@puente");
			assertThat(event).as("event of %s", e.get("title").get("en").asString()).isNotNull();
			assertThat(value(event, Property.SUMMARY)).isEqualTo(e.get("title").get("en").asString());
			DtStart<?> start = event.getDateTimeStart();
			DtEnd<?> end = event.getDateTimeEnd();
			assertThat(start.getDate()).isInstanceOf(LocalDate.class)
				.isEqualTo(LocalDate.parse(e.get("startDate").asString()));
			LocalDate last = e.get("endDate").isNull() ? LocalDate.parse(e.get("startDate").asString())
					: LocalDate.parse(e.get("endDate").asString());
			assertThat(end.getDate()).isEqualTo(last.plusDays(1));
			assertThat(value(event, Property.LOCATION)).isNotBlank();
			if (!e.get("placeCity").isNull()) {
				assertThat(value(event, Property.LOCATION)).startsWith(e.get("placeCity").asString() + ", ");
			}
			assertThat(value(event, Property.URL)).isEqualTo(BASE_URL + "/registry/engagements/" + id);
			assertThat(value(event, Property.DESCRIPTION)).contains(BASE_URL + "/registry/engagements/" + id);
			assertThat(event.getProperty(Property.LAST_MODIFIED)).isPresent();
			assertThat(value(event, Property.STATUS))
				.isEqualTo(e.get("dateApproximate").asBoolean() ? "TENTATIVE" : "CONFIRMED");
		}

		// The October 2022 visit: 12 to 14 October, so the all-day event ends (exclusive)
		// on the 15th; its programme is listed, not repeated as separate events.
		JsonNode visit = topLevel.stream()
			.filter(e -> e.get("startDate").asString().equals("2022-10-12"))
			.findFirst()
			.orElseThrow();
		VEvent october = events.get(visit.get("id").asString() + "@puente");
		assertThat(october.toString()).contains("DTSTART;VALUE=DATE:20221012").contains("DTEND;VALUE=DATE:20221015");
		assertThat(value(october, Property.LOCATION)).isEqualTo("La Habana, Cuba");
		assertThat(value(october, Property.DESCRIPTION)).contains("Official visit")
			.contains("Host: Ministry of the Interior")
			.contains("Talks between Minister Tô Lâm");
		assertThat(events).hasSizeLessThan(engagements().size());

		// The title follows the owner's language at the time of the request.
		assertThat(minint.http().put("/api/v1/me/language", Map.of("language", "es")).status()).isEqualTo(204);
		VEvent spanish = byUid(calendar(feed)).get(visit.get("id").asString() + "@puente");
		assertThat(value(spanish, Property.SUMMARY)).isEqualTo(visit.get("title").get("es").asString());
		assertThat(value(spanish, Property.DESCRIPTION)).contains("Visita oficial");
	}

	@Test
	void theOwnersLanguageAndVisibilityApplyAtRequestTime() throws Exception {
		Http admin = TestUsers.admin(port);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("partnership", "MPS-MININT");
		form.put("kind", "MEETING");
		form.put("title", Map.of("en", "Internal preparatory meeting zqcal", "vi", "Cuộc họp chuẩn bị nội bộ zqcal",
				"es", "Reunión preparatoria interna zqcal"));
		form.put("startDate", "2025-08-10");
		form.put("placeCity", "Hà Nội");
		form.put("placeCountry", "VN");
		form.put("internal", true);
		form.put("internalNote", "note-for-mps-only-zqcal");
		form.put("sources", List.of("test"));
		Http.Response created = admin.post("/api/v1/registry/engagements", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String internalId = created.json().get("id").asString();

		TestUsers.User minint = TestUsers.create(port, "calmi", "MININT", "UNCLASSIFIED", "VIEWER");
		TestUsers.User mps = TestUsers.create(port, "calmps", "MPS", "UNCLASSIFIED", "VIEWER");
		String minintFeed = createFeed(BrowserSession.signIn(port, minint.username(), TestUsers.PASSWORD));
		String mpsFeed = createFeed(BrowserSession.signIn(port, mps.username(), TestUsers.PASSWORD));

		assertThat(byUid(calendar(minintFeed))).doesNotContainKey(internalId + "@puente");
		HttpResponse<String> mpsRaw = fetch(mpsFeed);
		assertThat(byUid(calendar(mpsFeed))).containsKey(internalId + "@puente");
		assertThat(mpsRaw.body()).doesNotContain("note-for-mps-only-zqcal");

		assertThat(mps.http().put("/api/v1/me/language", Map.of("language", "vi")).status()).isEqualTo(204);
		VEvent vietnamese = byUid(calendar(mpsFeed)).get(internalId + "@puente");
		assertThat(value(vietnamese, Property.SUMMARY)).isEqualTo("Cuộc họp chuẩn bị nội bộ zqcal");
		assertThat(value(vietnamese, Property.LOCATION)).isEqualTo("Hà Nội, Việt Nam");

		// A disabled owner's feed stops answering.
		JsonNode account = admin.get("/api/v1/admin/users/" + minint.id()).json();
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("fullName", account.get("fullName").asString());
		change.put("agency", "MININT");
		change.put("roles", List.of("VIEWER"));
		change.put("clearance", "UNCLASSIFIED");
		change.put("language", "en");
		change.put("enabled", false);
		change.put("version", account.get("version").asLong());
		Http.Response disabled = admin.put("/api/v1/admin/users/" + minint.id(), change);
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(fetch(minintFeed).statusCode()).isEqualTo(404);
	}

	@Test
	void aRevokedOrUnknownAddressAnswers404AndBothStepsAreAudited() throws Exception {
		TestUsers.User user = TestUsers.create(port, "calrev", "MININT", "UNCLASSIFIED", "VIEWER");
		BrowserSession session = BrowserSession.signIn(port, user.username(), TestUsers.PASSWORD);
		String feed = createFeed(session);
		assertThat(fetch(feed).statusCode()).isEqualTo(200);

		Page list = session.get("/feeds/calendars");
		assertThat(list.html().select("table.calendar-feeds tbody tr")).hasSize(1);
		assertThat(list.html().select("td.record-id").text()).startsWith("pcf_");
		assertThat(list.body()).doesNotContain(feed.substring("/feeds/calendar/".length(), feed.length() - 4));
		String action = list.html().selectFirst("form[action*=/revoke]").attr("action");
		String feedId = action.replaceAll(".*/calendars/([^/]+)/revoke", "$1");
		Page revoked = session.submit(list, "form[action*=/revoke]", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(revoked.location()).contains("/feeds/calendars?revoked");
		assertThat(fetch(feed).statusCode()).isEqualTo(404);

		assertThat(fetch("/feeds/calendar/pcf_" + "0".repeat(64) + ".ics").statusCode()).isEqualTo(404);
		assertThat(fetch("/feeds/calendar/anything.ics").statusCode()).isEqualTo(404);

		JsonNode audit = TestUsers.admin(port)
			.get("/api/v1/admin/audit?recordType=CalendarFeed&recordId=" + feedId)
			.json()
			.get("items");
		List<String> actions = new java.util.ArrayList<>();
		audit.forEach(entry -> {
			actions.add(entry.get("action").asString());
			assertThat(entry.get("actor").asString()).isEqualTo(user.username());
			assertThat(entry.get("changes").asString()).doesNotContain(feed.substring(16, 40));
		});
		assertThat(actions).contains("CREATE", "STATUS");
	}

	@Test
	void makingAFeedRequiresSigningIn() throws Exception {
		HttpResponse<String> page = fetch("/feeds/calendars");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> post = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/calendars"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("partnership=MPS-MININT"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isIn(302, 401, 403);
		assertThat(post.body()).doesNotContain("pcf_");
	}

}
