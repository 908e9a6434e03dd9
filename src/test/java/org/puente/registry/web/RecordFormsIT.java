package org.puente.registry.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The registry's forms as an editor uses them in a browser: what they save (read back
 * through the API), what they refuse and how, and who may not use them.
 */
@IntegrationTest
class RecordFormsIT {

	static final String API = "/api/v1/registry";

	static final String LUONG = "Lương Tam Quang";

	static final String ALVAREZ = "Lázaro Alberto Álvarez Casas";

	@LocalServerPort
	int port;

	private TestUsers.User user(String prefix, String agency, String role) {
		return TestUsers.create(port, prefix, agency, "SECRET", role);
	}

	private BrowserSession browser(TestUsers.User user) {
		return BrowserSession.signIn(port, user.username(), TestUsers.PASSWORD);
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		return response.json();
	}

	private String frameworkId(Http http) {
		return ok(http.get(API + "/agreements?partnership=MPS-MININT&size=50")).get("items")
			.valueStream()
			.filter(a -> a.get("kind").asString().equals("FRAMEWORK"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	/** The id at the end of a redirect to a record's page. */
	private static String recordId(Page answer, String type) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
		assertThat(answer.location()).matches(".*/registry/" + type + "/[0-9a-f-]{36}$");
		return answer.location().substring(answer.location().lastIndexOf('/') + 1);
	}

	/** Fields of the talks form, as a browser sends them. */
	private static Map<String, String> talks(Page form, String title) {
		return fields(form, "partnership", "MPS-MININT", "kind", "TALKS", "titleVi", "Hội đàm " + title, "titleEn",
				title, "startDate", "2026-05-04", "endDate", "2026-05-05", "placeCity", "Hà Nội", "placeCountry", "VN",
				"hostAgency", "MPS", "guestAgency", "MININT", "sources",
				"Báo Công an nhân dân, 5/5/2026\nGranma, 6/5/2026");
	}

	/**
	 * A form's fields as a browser sends them: the page's token, then names and values.
	 */
	private static Map<String, String> fields(Page form, String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static List<String> errorLinks(Page page) {
		return page.html().select(".error-summary a").eachAttr("href");
	}

	private Map<String, Object> apiTalks(String title) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("partnership", "MPS-MININT");
		form.put("kind", "TALKS");
		form.put("title", Map.of("en", title));
		form.put("startDate", "2026-06-10");
		form.put("hostAgency", "MPS");
		form.put("guestAgency", "MININT");
		form.put("sources", List.of("test"));
		return form;
	}

	private Map<String, Object> apiCommitment(String engagement, String text, String agreedBy) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("originEngagement", engagement);
		form.put("text", Map.of("en", text));
		form.put("agreedBy", agreedBy);
		if (agreedBy.equals("ONE_SIDE")) {
			form.put("proposedBy", "MININT");
		}
		form.put("responsibleAgency", "MPS");
		form.put("sources", List.of("test"));
		return form;
	}

	@Test
	void anEditorRecordsTalksWithTheirDelegationACommitmentAndAReviewThePartnerReads() {
		TestUsers.User editor = user("talks-editor", "MPS", "EDITOR");
		Http partner = user("talks-partner", "MININT", "VIEWER").http();
		BrowserSession browser = browser(editor);
		String framework = frameworkId(editor.http());

		Page form = browser.get("/registry/engagements/new?partnership=MPS-MININT");
		assertThat(form.status()).isEqualTo(200);
		Document html = form.html();
		assertThat(html.select("input[name=delegation[0].person], input[name=delegation[1].person]")).hasSize(2);
		assertThat(html.selectFirst("label[for=delegation[0]-person]")).isNotNull();
		assertThat(html.select("select[name=partnership] option[selected]").attr("value")).isEqualTo("MPS-MININT");

		// Adding a member re-renders the form with one more row, without scripts and
		// without saving.
		Map<String, String> fields = talks(form, "Talks on cybersecurity training");
		fields.put("delegation[0].person", LUONG);
		fields.put("delegation[0].side", "HOST");
		fields.put("delegation[0].role", "HEAD");
		fields.put("more", "member");
		Page grown = browser.post("/registry/engagements/new", fields);
		assertThat(grown.status()).isEqualTo(200);
		assertThat(grown.html().select("input[name$=.person]")).hasSize(2);
		assertThat(grown.html().select("input[autofocus]").eachAttr("name")).containsExactly("delegation[1].person");
		assertThat(grown.html().selectFirst("input[name=delegation[0].person]").attr("value")).isEqualTo(LUONG);
		assertThat(grown.html().selectFirst("input[name=titleEn]").attr("value"))
			.isEqualTo("Talks on cybersecurity training");

		fields.remove("more");
		fields.put("delegation[1].person", ALVAREZ);
		fields.put("delegation[1].side", "GUEST");
		fields.put("delegation[1].role", "HEAD");
		fields.put("delegation[1].rank", "Lieutenant General");
		fields.put("agreements[0].agreement", framework);
		fields.put("agreements[0].action", "REVIEWED");
		fields.put("areas", "cybersecurity");
		String talks = recordId(browser.post("/registry/engagements/new", fields), "engagements");

		JsonNode seen = ok(partner.get(API + "/engagements/" + talks));
		assertThat(seen.get("kind").asString()).isEqualTo("TALKS");
		assertThat(seen.get("title").get("vi").asString()).isEqualTo("Hội đàm Talks on cybersecurity training");
		assertThat(seen.get("endDate").asString()).isEqualTo("2026-05-05");
		assertThat(seen.get("delegation")
			.valueStream()
			.map(m -> m.get("name").asString() + "/" + m.get("side").asString() + "/" + m.get("role").asString()))
			.containsExactly(LUONG + "/HOST/HEAD", ALVAREZ + "/GUEST/HEAD");
		assertThat(seen.get("delegation").get(1).get("rank").asString()).isEqualTo("Lieutenant General");
		assertThat(seen.get("agreements").get(0).get("agreement").asString()).isEqualTo(framework);
		assertThat(seen.get("agreements").get(0).get("action").asString()).isEqualTo("REVIEWED");
		assertThat(seen.get("sources").valueStream().map(JsonNode::asString)).hasSize(2);
		assertThat(seen.get("areas").valueStream().map(JsonNode::asString)).containsExactly("cybersecurity");

		// An item of the talks' programme starts from them.
		Page item = browser.get("/registry/engagements/new?parent=" + talks);
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.html().select("select[name=parent] option[selected]").attr("value")).isEqualTo(talks);
		assertThat(item.html().selectFirst("input[name=placeCity]").attr("value")).isEqualTo("Hà Nội");
		assertThat(item.html().selectFirst("input[name=startDate]").attr("value")).isEqualTo("2026-05-04");

		// A commitment from the talks: the form starts from them.
		Page commitmentForm = browser.get("/registry/commitments/new?engagement=" + talks);
		assertThat(commitmentForm.status()).isEqualTo(200);
		assertThat(commitmentForm.html().select("select[name=originEngagement] option[selected]").attr("value"))
			.isEqualTo(talks);
		Map<String, String> commitment = fields(commitmentForm, "partnership", "MPS-MININT", "textEn",
				"Train MININT cybersecurity officers in Hà Nội", "textEs",
				"Formar a oficiales de ciberseguridad del MININT en Hanói", "agreedBy", "BOTH", "proposedBy", "MININT",
				"originEngagement", talks, "responsibleAgency", "MPS", "responsibleUnit", "MPS-A05", "duePeriod",
				"2026", "areas", "cybersecurity");
		String made = recordId(browser.post("/registry/commitments/new", commitment), "commitments");
		JsonNode c = ok(partner.get(API + "/commitments/" + made));
		assertThat(c.get("agreedBy").asString()).isEqualTo("BOTH");
		assertThat(c.get("status").asString()).isEqualTo("AGREED");
		assertThat(c.get("proposedBy").isNull()).as("only one side proposes").isTrue();
		assertThat(c.get("originEngagement").asString()).isEqualTo(talks);
		assertThat(c.get("responsibleUnit").asString()).isEqualTo("MPS-A05");

		// A review of the 2018 framework agreement at the talks.
		Page reviewForm = browser.get("/registry/reviews/new?agreement=" + framework + "&engagement=" + talks);
		assertThat(reviewForm.status()).isEqualTo(200);
		assertThat(reviewForm.html().selectFirst("input[name=reviewDate]").attr("value")).isEqualTo("2026-05-05");
		Map<String, String> review = fields(reviewForm, "agreement", framework, "engagement", talks, "reviewDate",
				"2026-05-05", "conclusions", "Both sides found the 2018 agreement well carried out.");
		Page saved = browser.post("/registry/reviews/new", review);
		String reviewId = recordId(saved, "reviews");
		assertThat(saved.location()).endsWith("/registry/reviews/" + reviewId);
		JsonNode r = ok(partner.get(API + "/reviews/" + reviewId));
		assertThat(r.get("agreement").asString()).isEqualTo(framework);
		assertThat(r.get("engagement").asString()).isEqualTo(talks);
		assertThat(r.get("conclusions").asString()).contains("well carried out");
	}

	@Test
	void anAgreementIsRecordedMovedOnAndDeleted() {
		TestUsers.User editor = user("agreement-editor", "MPS", "EDITOR");
		BrowserSession browser = browser(editor);
		String framework = frameworkId(editor.http());

		Page form = browser.get("/registry/agreements/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("select[name=parent] option").eachAttr("value")).contains(framework);
		Map<String, String> fields = fields(form, "partnership", "MPS-MININT", "kind", "PLAN", "titleVi",
				"Kế hoạch hợp tác đào tạo 2026–2027", "titleEs", "Plan de cooperación en formación 2026–2027", "parent",
				framework, "status", "DRAFT", "parties", "MPS-A05", "signatories", "Tô Lâm\n" + ALVAREZ, "areas",
				"force-building", "expiresOn", "2027-12-31", "term", "Two years.", "sources", "Draft of 2 May 2026");
		String id = recordId(browser.post("/registry/agreements/new", fields), "agreements");
		JsonNode saved = ok(editor.http().get(API + "/agreements/" + id));
		assertThat(saved.get("parent").asString()).isEqualTo(framework);
		assertThat(saved.get("expiresOn").asString()).isEqualTo("2027-12-31");
		assertThat(saved.get("signatories").valueStream().map(p -> p.get("fullName").asString()))
			.containsExactlyInAnyOrder("Tô Lâm", ALVAREZ);
		assertThat(saved.get("title").get("en").isNull()).isTrue();

		Page edit = browser.get("/registry/agreements/" + id + "/edit");
		assertThat(edit.html().selectFirst("textarea[name=signatories]").text()).contains("Tô Lâm");
		assertThat(edit.html().select("input[name=areas][checked]").eachAttr("value"))
			.containsExactly("force-building");

		Page status = browser.get("/registry/agreements/" + id + "/status");
		assertThat(status.html().select("select#status optgroup").first().select("option").eachAttr("value"))
			.containsExactlyInAnyOrder("NEGOTIATING", "TERMINATED");
		Page moved = browser.post("/registry/agreements/" + id + "/status", Map.of("_csrf", status.csrf(), "status",
				"NEGOTIATING", "version", status.html().selectFirst("input[name=version]").attr("value")));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(ok(editor.http().get(API + "/agreements/" + id)).get("status").asString()).isEqualTo("NEGOTIATING");

		Page confirm = browser.get("/registry/agreements/" + id + "/delete");
		assertThat(confirm.status()).isEqualTo(200);
		Page deleted = browser.post("/registry/agreements/" + id + "/delete", Map.of("_csrf", confirm.csrf()));
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).endsWith("/registry/agreements");
		assertThat(editor.http().get(API + "/agreements/" + id).status()).isEqualTo(404);
	}

	@Test
	void skippingAStepOfACommitmentNeedsAReason() {
		TestUsers.User editor = user("status-editor", "MPS", "EDITOR");
		BrowserSession browser = browser(editor);
		String talks = ok(editor.http().post(API + "/engagements", apiTalks("Status talks"))).get("id").asString();
		JsonNode proposed = ok(
				editor.http().post(API + "/commitments", apiCommitment(talks, "A proposal from MININT", "ONE_SIDE")));
		String id = proposed.get("id").asString();
		assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");

		Page page = browser.get("/registry/commitments/" + id + "/status");
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select("select#status optgroup").first().select("option").eachAttr("value"))
			.containsExactlyInAnyOrder("AGREED", "DROPPED");
		assertThat(html.select("select#status option").eachAttr("value")).contains("DONE").doesNotContain("PROPOSED");
		assertThat(html.selectFirst("label[for=overrideReason]")).isNotNull();

		Map<String, String> fields = fields(page, "version", html.selectFirst("input[name=version]").attr("value"),
				"status", "DONE", "note", "Done at once");
		Page refused = browser.post("/registry/commitments/" + id + "/status", fields);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorLinks(refused)).containsExactly("#overrideReason");
		assertThat(refused.html().selectFirst("#overrideReason-error").text()).isNotBlank();
		assertThat(refused.html().selectFirst("textarea[name=note]").text()).isEqualTo("Done at once");
		JsonNode unchanged = ok(editor.http().get(API + "/commitments/" + id));
		assertThat(unchanged.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(unchanged.get("version").asLong()).isEqualTo(proposed.get("version").asLong());

		fields.put("overrideReason", "Both ministers confirmed it was done at the talks.");
		Page done = browser.post("/registry/commitments/" + id + "/status", fields);
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/registry/commitments/" + id);
		JsonNode after = ok(editor.http().get(API + "/commitments/" + id));
		assertThat(after.get("status").asString()).isEqualTo("DONE");
		assertThat(after.get("history").valueStream().map(h -> h.get("overrideReason").asString()))
			.contains("Both ministers confirmed it was done at the talks.");
	}

	@Test
	void refusedInputIsShownAgainWithEachFieldNamedAndNothingIsSaved() {
		TestUsers.User editor = user("refused-editor", "MPS", "EDITOR");
		BrowserSession browser = browser(editor);
		String window = API + "/engagements?from=2026-05-04&to=2026-05-04&size=200";
		long before = ok(editor.http().get(window)).get("totalItems").asLong();

		Page form = browser.get("/registry/engagements/new");
		Map<String, String> fields = talks(form, "ignored");
		fields.remove("titleVi");
		fields.remove("titleEn");
		fields.put("startDate", "2026-05-04");
		fields.put("endDate", "2026-05-01");
		fields.put("areas", "no-such-area");
		fields.put("delegation[0].person", "Nobody Known At All");
		fields.put("delegation[0].side", "HOST");
		Page refused = browser.post("/registry/engagements/new", fields);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorLinks(refused)).contains("#title", "#endDate", "#areas", "#delegation[0]-person");
		Document html = refused.html();
		for (String href : errorLinks(refused)) {
			assertThat(html.getElementById(href.substring(1))).as("target of %s", href).isNotNull();
		}
		assertThat(html.selectFirst("input[name=placeCity]").attr("value")).isEqualTo("Hà Nội");
		assertThat(html.selectFirst("input[name=delegation[0].person]").attr("value")).isEqualTo("Nobody Known At All");
		assertThat(html.select("input[name=areas][checked]").eachAttr("value")).contains("no-such-area");
		assertThat(html.selectFirst("title").text()).startsWith("Error:");
		assertThat(ok(editor.http().get(window)).get("totalItems").asLong()).isEqualTo(before);

		// The same refusal in Vietnamese.
		browser.post("/language", Map.of("lang", "vi", "_csrf", form.csrf()));
		Page vietnamese = browser.post("/registry/engagements/new", fields);
		assertThat(vietnamese.status()).isEqualTo(400);
		assertThat(vietnamese.html().selectFirst("title").text()).startsWith("Lỗi:");
		assertThat(vietnamese.html().selectFirst("h1").text()).isEqualTo("Ghi nhận hoạt động đối ngoại");
		assertThat(vietnamese.html().select("label[for=delegation[0]-person]").text()).isEqualTo("Người tham gia");
		browser.post("/language", Map.of("lang", "en", "_csrf", form.csrf()));

		// An agreement without a title, and an activity whose number is not one.
		Page agreementForm = browser.get("/registry/agreements/new");
		assertThat(agreementForm.status()).isEqualTo(200);
		Map<String, String> agreement = fields(agreementForm, "partnership", "MPS-MININT", "kind", "MOU", "status",
				"DRAFT", "parties", "MPS", "signatories", "Nobody Known At All");
		Page noTitle = browser.post("/registry/agreements/new", agreement);
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(errorLinks(noTitle)).contains("#title", "#signatories");

		// One side's proposal names that side.
		Page commitmentForm = browser.get("/registry/commitments/new");
		Map<String, String> commitment = fields(commitmentForm, "partnership", "MPS-MININT", "textEn",
				"Open a joint research centre", "agreedBy", "ONE_SIDE", "originAgreement", frameworkId(editor.http()));
		Page noProposer = browser.post("/registry/commitments/new", commitment);
		assertThat(noProposer.status()).isEqualTo(400);
		assertThat(errorLinks(noProposer)).containsExactly("#proposedBy");
		assertThat(noProposer.html().selectFirst("input#agreedBy-ONE_SIDE").hasAttr("checked")).isTrue();

		Page activityForm = browser.get("/registry/activities/new");
		Map<String, String> activity = fields(activityForm, "partnership", "MPS-MININT", "kind", "TRAINING", "titleEn",
				"Course in digital forensics", "trainees", "twenty");
		Page notANumber = browser.post("/registry/activities/new", activity);
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(errorLinks(notANumber)).containsExactly("#trainees");
		assertThat(notANumber.html().selectFirst("input[name=trainees]").attr("value")).isEqualTo("twenty");
	}

	@Test
	void aStaleEditIsRefusedKeepingWhatTheUserTyped() {
		TestUsers.User editor = user("stale-editor", "MPS", "EDITOR");
		BrowserSession browser = browser(editor);
		JsonNode created = ok(editor.http().post(API + "/engagements", apiTalks("Talks before the change")));
		String id = created.get("id").asString();

		Page form = browser.get("/registry/engagements/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);
		String version = form.html().selectFirst("input[name=version]").attr("value");
		assertThat(form.html().selectFirst("input[name=titleEn]").attr("value")).isEqualTo("Talks before the change");

		Map<String, Object> change = apiTalks("Changed by a colleague");
		change.put("version", created.get("version").asLong());
		ok(editor.http().put(API + "/engagements/" + id, change));

		Map<String, String> fields = talks(form, "My own new title");
		fields.put("version", version);
		Page stale = browser.post("/registry/engagements/" + id + "/edit", fields);
		assertThat(stale.status()).isEqualTo(409);
		Document html = stale.html();
		assertThat(html.selectFirst("input[name=titleEn]").attr("value")).isEqualTo("My own new title");
		assertThat(html.select(".summary dd").text()).contains("Changed by a colleague");
		assertThat(html.selectFirst("input[name=version]").attr("value")).isNotEqualTo(version);
		assertThat(ok(editor.http().get(API + "/engagements/" + id)).get("title").get("en").asString())
			.isEqualTo("Changed by a colleague");

		// Saving again is a deliberate overwrite.
		fields.put("version", html.selectFirst("input[name=version]").attr("value"));
		fields.put("_csrf", stale.csrf());
		assertThat(browser.post("/registry/engagements/" + id + "/edit", fields).status()).isEqualTo(302);
		assertThat(ok(editor.http().get(API + "/engagements/" + id)).get("title").get("en").asString())
			.isEqualTo("My own new title");
	}

	@Test
	void viewersPartnersAndOutsidersCannotUseTheForms() {
		TestUsers.User editor = user("owner-editor", "MPS", "EDITOR");
		String id = ok(editor.http().post(API + "/engagements", apiTalks("MPS's own talks"))).get("id").asString();

		BrowserSession viewer = browser(user("form-viewer", "MPS", "VIEWER"));
		Page home = viewer.get("/");
		for (String path : List.of("/registry/engagements/new", "/registry/agreements/new", "/registry/commitments/new",
				"/registry/activities/new", "/registry/reviews/new", "/registry/engagements/" + id + "/edit",
				"/registry/engagements/" + id + "/delete")) {
			assertThat(viewer.get(path).status()).as("GET %s", path).isEqualTo(403);
		}
		Map<String, String> fields = talks(home, "Viewer's talks");
		assertThat(viewer.post("/registry/engagements/new", fields).status()).isEqualTo(403);
		assertThat(viewer.post("/registry/engagements/" + id + "/delete", Map.of("_csrf", home.csrf())).status())
			.isEqualTo(403);

		// The partner's editor reads the record but changes nothing of MPS's.
		BrowserSession partner = browser(user("partner-editor", "MININT", "EDITOR"));
		assertThat(partner.get("/registry/engagements/" + id + "/edit").status()).isEqualTo(403);
		Page partnerHome = partner.get("/");
		Map<String, String> partnerFields = talks(partnerHome, "Taken over");
		partnerFields.put("version", "0");
		assertThat(partner.post("/registry/engagements/" + id + "/edit", partnerFields).status()).isEqualTo(403);
		assertThat(ok(editor.http().get(API + "/engagements/" + id)).get("title").get("en").asString())
			.isEqualTo("MPS's own talks");

		// An editor of a ministry outside the partnership is refused before typing.
		String code = "OUT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
		Http.Response agency = TestUsers.admin(port)
			.post("/api/v1/agencies", Map.of("code", code, "kind", "MINISTRY", "country", "LA", "names",
					Map.of("vi", "Bộ thử " + code, "es", "Ministerio " + code, "en", "Ministry " + code)));
		assertThat(agency.status()).as(agency.body()).isEqualTo(201);
		BrowserSession outsider = browser(user("outsider-editor", code, "EDITOR"));
		assertThat(outsider.get("/registry/engagements/new").status()).isEqualTo(403);
		assertThat(outsider.get("/registry/engagements/new?partnership=MPS-MININT").status()).isEqualTo(403);
		Page outsiderHome = outsider.get("/");
		assertThat(outsider.post("/registry/engagements/new", talks(outsiderHome, "Outsider talks")).status())
			.isEqualTo(403);
		assertThat(outsider.get("/registry/engagements/" + id + "/edit").status()).isEqualTo(404);
	}

	@Test
	void documentsTooLargeOrOfTheWrongTypeAreRefusedWithAClearMessage() throws Exception {
		TestUsers.User editor = user("upload-editor", "MPS", "EDITOR");
		String agreement = ok(
				editor.http()
					.post(API + "/agreements",
							Map.of("partnership", "MPS-MININT", "kind", "MOU", "title",
									Map.of("en", "MoU with attachments"), "parties", List.of("MPS", "MININT"))))
			.get("id")
			.asString();
		Uploader uploader = new Uploader(port, editor.username());
		String path = "/registry/agreements/" + agreement + "/documents/new";

		byte[] large = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
		HttpResponse<String> tooLarge = uploader.upload(path, "big.pdf", "application/pdf", large);
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		Document html = Jsoup.parse(tooLarge.body());
		assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#file");
		assertThat(html.selectFirst("#file-error").text()).contains("20 MB");

		// Far above the limit (like a 50 MB scan), the answer is the same clear message.
		byte[] huge = new byte[50 * 1024 * 1024];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
		HttpResponse<String> wayTooLarge = uploader.upload(path, "scan.pdf", "application/pdf", huge);
		assertThat(wayTooLarge.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wayTooLarge.body()).selectFirst("#file-error").text()).contains("20 MB");

		HttpResponse<String> wrongType = uploader.upload(path, "tool.exe", "application/x-msdownload",
				"MZ not a document".getBytes(StandardCharsets.US_ASCII));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wrongType.body()).selectFirst("#file-error").text()).contains("PDF");

		HttpResponse<String> disguised = uploader.upload(path, "fake.pdf", "application/pdf",
				"just text".getBytes(StandardCharsets.US_ASCII));
		assertThat(disguised.statusCode()).isEqualTo(400);

		HttpResponse<String> fine = uploader.upload(path, "memorandum.pdf", "application/pdf",
				"%PDF-1.7 a small memorandum".getBytes(StandardCharsets.US_ASCII));
		assertThat(fine.statusCode()).as(fine.body()).isEqualTo(302);
		assertThat(fine.headers().firstValue("Location").orElse("")).endsWith("/registry/agreements/" + agreement);
		JsonNode documents = ok(editor.http().get(API + "/agreements/" + agreement)).get("documents");
		assertThat(documents.valueStream().map(d -> d.get("fileName").asString())).containsExactly("memorandum.pdf");
	}

	@Test
	void finishingTheLastActivityOfACommitmentProposesMarkingItDone() {
		TestUsers.User editor = user("activity-editor", "MPS", "EDITOR");
		BrowserSession browser = browser(editor);
		String talks = ok(editor.http().post(API + "/engagements", apiTalks("Talks on forensics"))).get("id")
			.asString();
		String commitment = ok(
				editor.http().post(API + "/commitments", apiCommitment(talks, "Train MININT in forensics", "BOTH")))
			.get("id")
			.asString();

		Page form = browser.get("/registry/activities/new?commitment=" + commitment);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("select[name=commitments] option[selected]").eachAttr("value"))
			.containsExactly(commitment);
		Map<String, String> fields = fields(form, "kind", "TRAINING", "titleEn", "Digital forensics course",
				"startDate", "2026-07-01", "endDate", "2026-07-10", "trainees", "20", "trainerSide", "MPS-A05",
				"status", "ONGOING", "commitments", commitment);
		String activity = recordId(browser.post("/registry/activities/new", fields), "activities");
		JsonNode created = ok(editor.http().get(API + "/activities/" + activity));
		assertThat(created.get("trainees").asInt()).isEqualTo(20);
		assertThat(created.get("partnership").asString()).isNotBlank();

		Page status = browser.get("/registry/activities/" + activity + "/status");
		assertThat(status.html().select("select#status option").eachAttr("value")).contains("DONE");
		Page done = browser.post("/registry/activities/" + activity + "/status", Map.of("_csrf", status.csrf(),
				"status", "DONE", "version", status.html().selectFirst("input[name=version]").attr("value")));
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/registry/commitments/" + commitment + "/status?status=DONE");

		Page proposal = browser.get(done.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(proposal.status()).isEqualTo(200);
		Document html = proposal.html();
		assertThat(html.select(".proposals").text()).contains("Digital forensics course")
			.contains("Train MININT in forensics");
		assertThat(html.select(".proposals a").eachAttr("href"))
			.containsExactly("/registry/commitments/" + commitment + "/status?status=DONE");
		assertThat(html.select("select#status option[selected]").attr("value")).isEqualTo("DONE");
		// A proposal, never a change: the commitment stays as it was.
		assertThat(ok(editor.http().get(API + "/commitments/" + commitment)).get("status").asString())
			.isEqualTo("AGREED");
	}

	/** A browser that posts multipart forms, which {@link BrowserSession} does not. */
	static final class Uploader {

		private final String base;

		private final HttpClient client;

		Uploader(int port, String username) throws IOException, InterruptedException {
			this.base = "http://localhost:" + port;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String csrf = csrf("/login");
			String body = Map.of("username", username, "password", TestUsers.PASSWORD, "_csrf", csrf)
				.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
		}

		private String csrf(String path) throws IOException, InterruptedException {
			HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
		}

		HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content)
				throws IOException, InterruptedException {
			String csrf = csrf(path);
			String boundary = "puente" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

	}

}
