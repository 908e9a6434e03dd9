package org.puente.screening.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.support.Chromium;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A MININT border officer, in Spanish, screens a flight's passenger manifest in a real
 * browser, gets a HIT against an MPS entry and with one click asks MPS for the data; an
 * MPS officer, in Vietnamese, sees the hit notice (who asked, why, with what) and
 * answers, and the answer reaches the officer.
 */
@IntegrationTest
class ScreeningBrowserIT {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aMinintOfficerScreensAManifestAndMpsSeesTheHitNotice() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		TestUsers.User mpsEditor = TestUsers.create(port, "walk-mps", "MPS", "CONFIDENTIAL", "EDITOR");
		Http.Response entry = mpsEditor.http()
			.post("/api/v1/screening/persons",
					Map.of("fullName", "Trần Quốc Toản", "aliases", List.of("Tran Quoc Toan"), "birthDate",
							"1981-02-03", "sex", "M", "nationalities", List.of("VN"), "category", "WANTED_ARREST",
							"legalBasis", "Lệnh truy nã số " + marker, "handlingCode", "H1"));
		org.assertj.core.api.Assertions.assertThat(entry.status()).as(entry.body()).isEqualTo(201);

		Path manifest = Files.createTempFile("manifest-CU0516-", ".csv");
		Files.writeString(manifest, """
				query_id,full_name,birth_date,nationality,document_number
				14A,Yanelis Castillo Rodríguez,1992-07-19,CU,K1234567
				14B,Osmany Pérez Valdés,1988-01-30,CU,K7654321
				15C,Toan Tran Quoc,1981-02-03,VN,B1122334
				16D,María de los Ángeles Fernández,1979-11-02,CU,K5550101
				17A,Leidys Hernández Díaz,1995-05-05,CU,K9090909
				""", StandardCharsets.UTF_8);

		// The MININT officer works in Spanish.
		TestUsers.User officer = TestUsers.create(port, "walk-minint", "MININT", "RESTRICTED", "EDITOR");
		Page page = chromium.signIn(port, officer.username(), TestUsers.PASSWORD);
		page.locator("#lang-select").selectOption("es");
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		page.locator("nav.main-nav a[href$='/screening']").click();
		assertThat(page.locator("h1")).hasText("Consultar una persona o un documento");
		page.locator(".screening-nav a[href$='/screening/batches']").click();
		assertThat(page.locator("h1")).hasText("Consultar una lista");

		// A list check without a purpose is refused, naming the field.
		page.locator("#file").setInputFiles(manifest);
		page.locator("#batch-form button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Motivo de la consulta");

		page.locator("#file").setInputFiles(manifest);
		page.locator("#purposeCategory").selectOption("BORDER_CONTROL");
		page.locator("#purpose").fill("Vuelo CU 0516 La Habana – Hà Nội, manifiesto " + marker);
		page.locator("#batch-form button[type=submit]").click();
		Locator hits = page.locator("#batch-hits");
		try {
			assertThat(hits).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		}
		catch (AssertionError ex) {
			Chromium.screenshot(page, "screening-failed");
			System.out.println("PAGE " + page.url() + "\n" + page.content());
			throw ex;
		}
		assertThat(page.locator("main")).containsText("5 filas consultadas, 1 coincidencias");
		Locator row = hits.locator("tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("15C");
		assertThat(row).containsText("MPS");
		String reference = row.locator(".hit-reference").textContent().trim();
		// The officer sees the reference and the score, never the entry.
		assertThat(page.locator("main")).not().containsText("Lệnh truy nã");
		assertThat(page.locator("main")).not().containsText("Trần Quốc Toản");
		Chromium.screenshot(page, "screening-batch-es");

		// One click asks MPS for the data behind the hit: the officer lands on the new
		// exchange case with the request for information, the reference attached.
		row.locator("button[type=submit]").click();
		// (signing and delivering the request may take a while on a loaded machine)
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/exchange/cases/[0-9a-f-]{36}$"),
				new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
		Locator request = page.locator("article.message", new Page.LocatorOptions().setHasText(reference));
		assertThat(request).hasCount(1);
		assertThat(request.locator(".marking")).hasText("Restringido");
		assertThat(request).containsText("Solicitud de información");
		// written in the language the officer works in
		assertThat(request).containsText("Coincidencia de cotejo " + reference + ": solicitud de información");
		assertThat(page.locator("main")).not().containsText("Lệnh truy nã");
		String caseUrl = page.url();
		Chromium.screenshot(page, "screening-followup-case-es");

		// MPS, in Vietnamese, is told of the hit and finds the request in its exchange
		// inbox.
		Page mps = chromium.signIn(port, mpsEditor.username(), TestUsers.PASSWORD);
		mps.locator("#lang-select").selectOption("vi");
		assertThat(mps.locator("html")).hasAttribute("lang", "vi");
		mps.navigate("http://localhost:" + port + "/screening");
		mps.locator(".screening-nav a[href$='/screening/notices']").click();
		assertThat(mps.locator("h1")).hasText("Thông báo trùng khớp");
		Locator notice = mps.locator("#notices tbody tr", new Page.LocatorOptions().setHasText(reference));
		assertThat(notice).hasCount(1);
		assertThat(notice).containsText(officer.username() + " (MININT)");
		assertThat(notice).containsText("Kiểm soát biên giới");
		assertThat(notice).containsText("Toan Tran Quoc");
		assertThat(notice).containsText("Trần Quốc Toản");
		assertThat(notice).containsText("Đang chờ bạn trả lời");
		Chromium.screenshot(mps, "screening-notices-vi");
		mps.locator("nav.main-nav a[href$='/exchange']").click();
		Locator inbox = mps.locator("tr", new Page.LocatorOptions().setHasText(reference));
		assertThat(inbox).hasCount(1);
		assertThat(inbox).containsText("MININT");
		inbox.locator("a").first().click();
		String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
		assertThat(mps).hasURL(java.util.regex.Pattern.compile(".*/exchange/cases/" + caseId + "(#.*)?$"));

		// MPS answers by replying to the request; the answer is how the officer learns
		// who
		// it is, and the hit notice is no longer waiting.
		mps.locator("article.message", new Page.LocatorOptions().setHasText(reference))
			.locator("a[href*='replyTo=']")
			.click();
		String answer = "Trần Quốc Toản, sinh 03/02/1981, bị truy nã theo lệnh số " + marker + " (H1).";
		mps.locator("#text").fill(answer);
		mps.locator("main form button[type=submit]").click();
		assertThat(mps.locator("article.message", new Page.LocatorOptions().setHasText(answer))).hasCount(1);
		mps.navigate("http://localhost:" + port + "/screening/notices?open=true");
		assertThat(mps.locator("#notices tbody tr", new Page.LocatorOptions().setHasText(reference))).hasCount(0);

		page.navigate(caseUrl);
		assertThat(page.locator("article.message", new Page.LocatorOptions().setHasText(answer))).hasCount(1);
		page.navigate("http://localhost:" + port + "/screening/hits/" + reference);
		assertThat(page.locator(".follow-up__answer")).containsText(mpsEditor.username());
		assertThat(page.locator(".follow-up__link")).hasAttribute("href",
				java.util.regex.Pattern.compile(".*/exchange/cases/.*"));
		Files.deleteIfExists(manifest);
	}

}
