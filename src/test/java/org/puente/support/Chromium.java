package org.puente.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Debian's headless Chromium driven by Playwright, for the browser tests: one per test
 * class, closed after it. {@code PUENTE_CHROMIUM} names another executable.
 */
public final class Chromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private Chromium() {
		this.playwright = Playwright.create();
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	public static Chromium launch() {
		return new Chromium();
	}

	static String executable() {
		String configured = System.getenv("PUENTE_CHROMIUM");
		if (configured != null && Files.isExecutable(Path.of(configured))) {
			return configured;
		}
		return "/usr/bin/chromium";
	}

	/** A fresh page (its own cookies) in a wide window, signed in as this user. */
	public Page signIn(int port, String username, String password) {
		Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))
			.newPage();
		page.navigate("http://localhost:" + port + "/");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText(username);
		// The page's scripts (the language switch submits itself on change) are in place
		// once it has loaded.
		page.waitForLoadState();
		return page;
	}

	/** Saves a full-page screenshot under {@code target/screenshots/}. */
	public static void screenshot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
