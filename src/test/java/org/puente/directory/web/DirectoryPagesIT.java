package org.puente.directory.web;

import java.util.List;
import java.util.Map;

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

@IntegrationTest
class DirectoryPagesIT {

	static final String ALVAREZ = "Lázaro Alberto Álvarez Casas";

	@LocalServerPort
	int port;

	private Http api() {
		return new Http(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	private BrowserSession admin() {
		return BrowserSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	private String personId(String query) {
		return api().get("/api/v1/people?q=" + query.replace(" ", "%20"))
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
	}

	private long peopleCount() {
		return api().get("/api/v1/people?size=1").json().get("totalItems").asLong();
	}

	private String newPerson(String fullName) {
		var created = api().post("/api/v1/people",
				Map.of("fullName", fullName, "country", "VN", "classification", "UNCLASSIFIED", "variants", List.of()));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void newUser(String username, String password, String role) {
		var created = api().post("/api/v1/admin/users",
				Map.of("username", username, "password", password, "fullName", "Test " + username, "agency", "MPS",
						"roles", List.of(role), "clearance", "UNCLASSIFIED", "language", "en"));
		assertThat(created.status()).isEqualTo(201);
	}

	@Test
	void searchFindsPeopleIgnoringAccentsAndWorksWithoutScript() {
		Page page = admin().get("/directory/people?q=luong%20tam");
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select("#people-results td a").eachText()).contains("Lương Tam Quang");
		// A plain GET form with a submit button, which htmx enhances to search while
		// typing.
		Element form = html.selectFirst("form[role=search]");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("button[type=submit]")).hasSize(1);
		Element input = form.selectFirst("input#q");
		assertThat(input.attr("value")).isEqualTo("luong tam");
		assertThat(input.attr("hx-get")).isEqualTo("/directory/people");
		assertThat(input.attr("hx-target")).isEqualTo("#people-results");
		assertThat(input.attr("hx-select")).isEqualTo("#people-results");
		assertThat(html.selectFirst("label[for=q]")).isNotNull();
		assertThat(html.select("#people-results th[scope=col]")).hasSize(4);
		String link = html.selectFirst("#people-results td a").attr("href");
		assertThat(link).startsWith("/directory/people/");
	}

	@Test
	void personPageShowsEveryRankWithItsSource() {
		Page page = admin().get("/directory/people/" + personId("Lazaro Alvarez"));
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.selectFirst("h1").text()).isEqualTo(ALVAREZ);
		List<String> claimRows = html.select("table:has(caption:contains(Claims)) tbody tr").eachText();
		assertThat(claimRows).anyMatch(r -> r.contains("Lieutenant General") && r.contains("000_65bf11012cc60d58"))
			.anyMatch(r -> r.contains("Senior Lieutenant General") && r.contains("002_34c03378e984f209"))
			.anyMatch(r -> r.contains("Major General") && r.contains("004_8d0f82977c284667"));
		assertThat(html.select(".current-value").text()).isNotBlank();
		// Whichever report is current (other tests accept newer articles about this
		// person),
		// the values the other sources give stay listed beside it with their sources.
		String shown = html.select(".current-value").text() + " | " + html.select(".alternatives li").text();
		assertThat(shown).contains("Senior Lieutenant General", "Major General", "Lieutenant General");
		assertThat(html.select(".alternatives li").text()).contains("(", "_");
		// MININT keeps this person: an MPS administrator sees it but may not change it.
		assertThat(html.select("form[action$=/preferred]")).isEmpty();
		assertThat(html.select("a[href$=/edit]")).isEmpty();
	}

	@Test
	void editorsOfTheOwningAgencyPreferAClaim() {
		BrowserSession admin = admin();
		String id = personId("Luong Tam Quang");
		Page page = admin.get("/directory/people/" + id);
		assertThat(page.html().select("a[href$=/edit]")).hasSize(1);
		Element prefer = page.html().selectFirst("form[action$=/preferred]");
		Page answer = admin.submit(page, "form[action=" + prefer.attr("action") + "]", Map.of());
		assertThat(answer.status()).isEqualTo(302);
		Page after = admin.get("/directory/people/" + id);
		assertThat(after.html().select(".notice--ok").text()).isNotBlank();
		assertThat(after.html().select("td .tag")).hasSize(1);
	}

	@Test
	void anEmptyNameIsRefusedWithAnErrorSummaryAndNothingIsCreated() {
		BrowserSession admin = admin();
		long before = peopleCount();
		Page form = admin.get("/directory/people/new");
		assertThat(form.status()).isEqualTo(200);
		Page answer = admin.submit(form, "form.form", Map.of("fullName", " ", "country", "VN", "notes", "kept"));
		assertThat(answer.status()).isEqualTo(400);
		Document html = answer.html();
		assertThat(html.select(".error-summary a[href=#fullName]")).hasSize(1);
		assertThat(html.selectFirst("#fullName").parent().hasClass("field--error")).isTrue();
		assertThat(html.select(".field--error .field__error").text()).contains("Full name");
		assertThat(html.selectFirst("#notes").text()).isEqualTo("kept");
		assertThat(html.title()).startsWith("Error:");
		assertThat(peopleCount()).isEqualTo(before);
	}

	@Test
	void aNewPersonIsCreatedThroughTheForm() {
		BrowserSession admin = admin();
		Page form = admin.get("/directory/people/new");
		Page answer = admin.submit(form, "form.form",
				Map.of("fullName", "Phạm Thị Hồng", "country", "VN", "variants", "Pham Thi Hong\nPhạm Hồng"));
		assertThat(answer.status()).isEqualTo(302);
		Page person = admin.get(answer.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(person.html().selectFirst("h1").text()).isEqualTo("Phạm Thị Hồng");
		assertThat(person.body()).contains("Phạm Hồng");
	}

	@Test
	void viewersMayNotOpenTheEditForm() {
		newUser("viewer.pages", "viewer-password-2026", "VIEWER");
		BrowserSession viewer = BrowserSession.signIn(port, "viewer.pages", "viewer-password-2026");
		String id = personId("Luong Tam Quang");
		assertThat(viewer.get("/directory/people/" + id).status()).isEqualTo(200);
		assertThat(viewer.get("/directory/people/" + id + "/edit").status()).isEqualTo(403);
		assertThat(viewer.get("/directory/people/new").status()).isEqualTo(403);
		assertThat(viewer.get("/directory/people").html().select("a[href=/directory/people/new]")).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedWithTheUsersInputKept() {
		BrowserSession admin = admin();
		String id = newPerson("Nguyễn Văn Thử");
		Page form = admin.get("/directory/people/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);
		var current = api().get("/api/v1/people/" + id).json();
		var changed = api().put("/api/v1/people/" + id,
				Map.of("fullName", "Nguyễn Văn Thử", "country", "VN", "classification", "UNCLASSIFIED", "notes",
						"changed meanwhile", "version", current.get("version").asLong()));
		assertThat(changed.status()).isEqualTo(200);

		Page answer = admin.submit(form, "form.form", Map.of("fullName", "Nguyễn Văn Thử Mới"));
		assertThat(answer.status()).isEqualTo(409);
		Document html = answer.html();
		assertThat(html.selectFirst("#fullName").attr("value")).isEqualTo("Nguyễn Văn Thử Mới");
		assertThat(html.select(".notice--error").text()).contains("Someone else changed this record");
		assertThat(html.select("dl.summary").text()).contains("changed meanwhile");

		// Saving again after seeing the other change is a deliberate overwrite.
		Page again = admin.submit(answer, "form.form", Map.of());
		assertThat(again.status()).isEqualTo(302);
		assertThat(api().get("/api/v1/people/" + id).json().get("fullName").asString()).isEqualTo("Nguyễn Văn Thử Mới");
	}

	@Test
	void pagesSpeakVietnameseWhenTheUserChoosesIt() {
		newUser("lan.pages", "lan-password-2026-x", "EDITOR");
		BrowserSession lan = BrowserSession.signIn(port, "lan.pages", "lan-password-2026-x");
		Page home = lan.get("/directory/people");
		Page switched = lan.post("/language", Map.of("lang", "vi", "_csrf", home.csrf()));
		assertThat(switched.status()).isEqualTo(302);
		Page page = lan.get("/directory/people");
		assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.html().selectFirst("label[for=q]").text()).isEqualTo("Tìm theo tên");
		assertThat(page.html().selectFirst("h1").text()).isEqualTo("Nhân sự");
		Page agencies = lan.get("/directory/agencies");
		assertThat(agencies.html().select("caption").text()).isEqualTo("Các bộ và đơn vị trực thuộc");
	}

	@Test
	void agencyTreeAreasAndPartnershipsRender() {
		BrowserSession admin = admin();
		Page tree = admin.get("/directory/agencies");
		assertThat(tree.status()).isEqualTo(200);
		assertThat(tree.html().select("td.tree-1")).isNotEmpty();
		Page mps = admin.get("/directory/agencies/MPS");
		assertThat(mps.status()).isEqualTo(200);
		assertThat(mps.html().select("dd[lang=vi]").text()).isNotBlank();
		assertThat(mps.html().select("dd[lang=es]").text()).isNotBlank();
		assertThat(admin.get("/directory/agencies/NO-SUCH").status()).isEqualTo(404);

		Page areas = admin.get("/directory/areas");
		assertThat(areas.status()).isEqualTo(200);
		assertThat(areas.html().select("a[href=/directory/areas/new]")).hasSize(1);
		assertThat(admin.get("/directory/areas/new").status()).isEqualTo(200);

		Page partnerships = admin.get("/directory/partnerships");
		assertThat(partnerships.status()).isEqualTo(200);
		String detail = partnerships.html().selectFirst("td a").attr("href");
		Page partnership = admin.get(detail);
		assertThat(partnership.status()).isEqualTo(200);
		assertThat(partnership.html().select("tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(partnership.html().select("li[lang]").text()).isNotBlank();
	}

	@Test
	void agencyAndAreaFormsPointErrorsAtTheirFields() {
		BrowserSession admin = admin();
		Page form = admin.get("/directory/agencies/MPS/edit");
		assertThat(form.status()).isEqualTo(200);
		Page answer = admin.submit(form, "form.form", Map.of("namesVi", ""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.html().select(".error-summary a[href=#names-vi]")).hasSize(1);
		assertThat(answer.html().selectFirst("#names-vi")).isNotNull();

		Page area = admin.get("/directory/areas/new");
		Page refused = admin.submit(area, "form.form",
				Map.of("code", "Bad Code", "namesVi", "Thử", "namesEs", "Prueba"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).contains("#code", "#names-en");
		Page created = admin.submit(area, "form.form",
				Map.of("code", "test-area", "namesVi", "Thử nghiệm", "namesEs", "Prueba", "namesEn", "Trial"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(admin.get("/directory/areas").body()).contains("Trial");
	}

}
