package org.puente.web;

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
 * A desk officer in a real browser (Debian's headless Chromium driven by Playwright):
 * signs in, switches the UI to Vietnamese, finds "Lương Tam Quang" by typing "luong tam"
 * and opens his page.
 */
@IntegrationTest
class DirectoryBrowserIT {

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
	void findsAPersonInVietnameseByTypingWithoutDiacritics() {
		// Its own desk officer: the language switch is remembered per user,
		// so the shared admin stays in English for the other tests.
		TestUsers.User officer = TestUsers.create(port, "desk", "MPS", "RESTRICTED", "EDITOR");
		Page page = chromium.signIn(port, officer.username(), TestUsers.PASSWORD);

		page.locator("#lang-select").selectOption("vi");
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("nav.main-nav")).containsText("Nhân sự");

		page.locator("nav.main-nav a[href$='/directory/people']").click();
		page.locator("input[name=q]")
			.pressSequentially("luong tam",
					new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
		var result = page.locator("#people-results a", new Page.LocatorOptions().setHasText("Lương Tam Quang"));
		assertThat(result).hasCount(1);
		assertThat(page.locator("#people-results")).not().containsText("Lázaro");
		result.click();

		assertThat(page.locator("h1")).hasText("Lương Tam Quang");
		assertThat(page.locator("main")).containsText("Minister of Public Security");
		Chromium.screenshot(page, "person-vi");
	}

}
