package org.puente.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * A desk officer of MPS in a real browser pastes a press article, corrects the proposed
 * engagement's title, accepts, and finds the new engagement on the partnership's timeline
 * with the article as its source.
 */
@IntegrationTest
class SourcesBrowserIT {

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
	void editorImportsAnArticleEditsAProposalAcceptsAndFindsItOnTheTimeline() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String title = "Talks on fire and rescue cooperation " + marker;
		String text = Files.readString(Path.of("src/test/resources/sources/browser-article.txt"))
			.replace("invited the minister to visit Cuba.",
					"invited the minister to visit Cuba (ref. " + marker + ").");
		TestUsers.User officer = TestUsers.create(port, "src-walk", "MPS", "RESTRICTED", "EDITOR");
		Page page = chromium.signIn(port, officer.username(), TestUsers.PASSWORD);

		// Import: paste the article.
		page.locator("nav.main-nav a[href$='/sources']").click();
		assertThat(page.locator("h1")).hasText("Press articles");
		page.locator("main a[href$='/sources/new']").click();
		page.locator("#outlet").fill("Viet Nam News");
		page.locator("#text").fill(text);
		page.locator("main form.form button[type=submit]").click();

		// The review screen: the text with its highlights, the proposals beside it.
		assertThat(page).hasURL(Pattern.compile(".*/sources/[0-9a-f-]{36}/review$"));
		assertThat(page.locator(".notice--ok")).isVisible();
		assertThat(page.locator(".article-text .span--person").first()).isVisible();
		assertThat(page.locator(".article-text")).containsText("joint rescue exercise");
		assertThat(page.locator("#engagement-match")).hasValue("new");
		assertThat(page.locator("#engagement-startDate")).hasValue("2026-05-21");
		assertThat(page.locator("#engagement-placeCountry")).hasValue("VN");
		Locator person = page.locator(".proposal-item", new Page.LocatorOptions().setHasText("Álvarez Casas"));
		assertThat(person.locator("select[name$='.match'] option:checked")).hasText("Lázaro Alberto Álvarez Casas");
		Chromium.screenshot(page, "sources-review-en");

		// Edit one proposed field and accept.
		page.locator("#engagement-title").fill(title);
		page.locator("button", new Page.LocatorOptions().setHasText("Accept the ticked records")).click();
		assertThat(page).hasURL(Pattern.compile(".*/registry/engagements/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".notice--ok")).containsText("created from the article");

		// On the partnership's timeline, with its source.
		page.navigate("http://localhost:" + port + "/registry/partnerships/MPS-MININT");
		Locator onTimeline = page.locator("#timeline .timeline__title", new Page.LocatorOptions().setHasText(title));
		assertThat(onTimeline).hasCount(1);
		onTimeline.click();
		assertThat(page.locator("h1")).hasText(title);
		Locator source = page.locator(".citations li");
		assertThat(source).hasCount(1);
		assertThat(source.locator("a")).hasAttribute("href", Pattern.compile("/sources/[0-9a-f-]{36}$"));
		assertThat(source.locator("blockquote")).containsText("May 21");
		assertThat(page.locator(".delegation")).containsText("Lương Tam Quang");
		Chromium.screenshot(page, "sources-review-accepted-en");

		// The article says it was accepted, and the list shows its state.
		source.locator("a").click();
		assertThat(page.locator(".tag--accepted")).isVisible();
		page.locator("main a[href$='/sources']").first().click();
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("HÀ NỘI")).first()).isVisible();
		Chromium.screenshot(page, "sources-review-list-en");
	}

}
