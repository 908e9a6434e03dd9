package org.puente.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	static String chromium() {
		String configured = System.getenv("PUENTE_CHROMIUM");
		if (configured != null && Files.isExecutable(Path.of(configured))) {
			return configured;
		}
		return "/usr/bin/chromium";
	}

	@Test
	void findsAPersonInVietnameseByTypingWithoutDiacritics() {
		// Its own desk officer: the language switch is remembered per user,
		// so the shared admin stays in English for the other tests.
		TestUsers.User officer = TestUsers.create(port, "desk", "MPS", "RESTRICTED", "EDITOR");
		Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
		page.navigate("http://localhost:" + port + "/");
		page.locator("#username").fill(officer.username());
		page.locator("#password").fill(TestUsers.PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText(officer.username());

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
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/person-vi.png")).setFullPage(true));
	}

}
