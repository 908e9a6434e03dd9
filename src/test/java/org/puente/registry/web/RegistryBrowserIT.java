package org.puente.registry.web;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.support.Chromium;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A desk officer of MPS in a real browser opens the MPS–MININT partnership, finds the
 * four engagements the seed articles report on its timeline, records a commitment at the
 * August 2025 talks and marks it in progress; the dashboard shows it, and a viewer of
 * MININT sees it there in Spanish.
 */
@IntegrationTest
class RegistryBrowserIT {

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
	void editorRecordsACommitmentAtTheAugust2025TalksAndMovesItOn() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String english = "Exchange cyber threat alerts monthly " + marker;
		String spanish = "Intercambiar alertas de ciberamenazas cada mes " + marker;
		String vietnamese = "Trao đổi cảnh báo mối đe dọa an ninh mạng hằng tháng " + marker;
		TestUsers.User officer = TestUsers.create(port, "walk-editor", "MPS", "RESTRICTED", "EDITOR");
		Page page = chromium.signIn(port, officer.username(), TestUsers.PASSWORD);

		// The partnership, from the dashboard.
		page.locator("nav.main-nav a[href$='/registry/dashboard']").click();
		page.locator("a[href$='/registry/partnerships/MPS-MININT']").first().click();
		assertThat(page.locator("h1")).hasText("Viet Nam MPS – Cuba MININT");

		// The timeline holds the four engagements of the seed articles.
		Locator timeline = page.locator("#timeline");
		assertThat(timeline.locator(".timeline__title",
				new Locator.LocatorOptions().setHasText("Tô Lâm's official visit")))
			.hasCount(1);
		assertThat(timeline.locator(".timeline__title", new Locator.LocatorOptions().setHasText("Trần Lưu Quang")))
			.hasCount(1);
		assertThat(timeline.locator(".timeline__title", new Locator.LocatorOptions().setHasText("Trần Quốc Tỏ")))
			.hasCount(1);
		Locator talks = timeline.locator(".timeline__title",
				new Locator.LocatorOptions().setHasText("Lương Tam Quang"));
		assertThat(talks).hasCount(1);
		assertThat(talks).containsText("Álvarez Casas");
		// Zooming into 2022 shows the programme of the October 2022 visit, in place.
		timeline.locator(".timeline-zoom a", new Locator.LocatorOptions().setHasText("2022")).click();
		assertThat(page.locator("#timeline .timeline--programme")).not().hasCount(0);
		assertThat(page.locator("#timeline")).containsText("CIMEQ");
		Chromium.screenshot(page, "partnership-en");
		page.locator("#timeline .timeline-zoom a").first().click();

		// Add a commitment to the August 2025 talks.
		page.locator("#timeline .timeline__title", new Page.LocatorOptions().setHasText("Lương Tam Quang")).click();
		assertThat(page.locator("h1")).containsText("Lương Tam Quang");
		assertThat(page.locator("nav.document-links a[href$='/briefing']")).isVisible();
		page.locator("a[href*='/registry/commitments/new?engagement=']").first().click();
		page.locator("[name=textEn]").fill(english);
		page.locator("[name=textEs]").fill(spanish);
		page.locator("[name=textVi]").fill(vietnamese);
		page.locator("#agreedBy-BOTH").check();
		page.locator("input[name=areas][value=cybersecurity]").check();
		page.locator("main form.form button[type=submit]").first().click();
		assertThat(page.locator("main")).containsText(english);

		// Mark it in progress.
		page.locator("a[href$='/status']").first().click();
		page.locator("#status").selectOption("IN_PROGRESS");
		page.locator("#note").fill("The first monthly alerts were exchanged.");
		page.locator("main form.form button[type=submit]").first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/registry/commitments/[0-9a-f-]{36}$"));
		assertThat(page.locator("main")).containsText("The first monthly alerts were exchanged.");

		// It is on the dashboard: among the latest status changes, and counted in its
		// area.
		page.locator("nav.main-nav a[href$='/registry/dashboard']").click();
		Locator moved = page.locator("#moved ~ ul li", new Page.LocatorOptions().setHasText(english));
		assertThat(moved).hasCount(1);
		assertThat(moved).containsText("In progress");
		// The trend charts are drawn in the browser from the statistics the API serves.
		for (String series : java.util.List.of("commitmentsByYear", "engagementsByLevel", "activitiesByArea")) {
			Locator chart = page.locator("[data-chart-series=" + series + "]");
			assertThat(chart).hasAttribute("data-chart-drawn", "browser");
			assertThat(chart.locator("svg rect").first()).isAttached();
		}
		Chromium.screenshot(page, "dashboard-en");

		// A viewer of MININT sees it in Spanish, on the dashboard and on the timeline.
		TestUsers.User partner = TestUsers.create(port, "walk-partner", "MININT", "RESTRICTED", "VIEWER");
		Page theirs = chromium.signIn(port, partner.username(), TestUsers.PASSWORD);
		theirs.locator("#lang-select").selectOption("es");
		assertThat(theirs.locator("html")).hasAttribute("lang", "es");
		theirs.locator("nav.main-nav a[href$='/registry/dashboard']").click();
		Locator seen = theirs.locator("#moved ~ ul li", new Page.LocatorOptions().setHasText(spanish));
		assertThat(seen).hasCount(1);
		assertThat(seen).containsText("En curso");
		theirs.locator("a[href$='/registry/partnerships/MPS-MININT']").first().click();
		assertThat(theirs.locator("h2#agreements")).hasText("Acuerdos");
		// The Spanish title writes the minister's name as the Cuban press does, without
		// Vietnamese diacritics.
		Locator augustTalks = theirs.locator("#timeline .timeline__item",
				new Page.LocatorOptions().setHasText("Luong Tam Quang"));
		assertThat(augustTalks).containsText("compromisos");
		Chromium.screenshot(theirs, "partnership-es");
	}

}
