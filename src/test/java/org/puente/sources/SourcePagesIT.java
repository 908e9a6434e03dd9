package org.puente.sources;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.support.BrowserSession;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source pages as a browser posts them: refusals in the error summary, duplicates
 * linked, read-only review for those who may not review.
 */
@IntegrationTest
class SourcePagesIT {

	@LocalServerPort
	int port;

	@Test
	void theImportFormExplainsRefusalsAndLinksDuplicates() {
		TestUsers.User editor = TestUsers.create(port, "pages-editor", "MPS", "RESTRICTED", "EDITOR");
		BrowserSession browser = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		BrowserSession.Page form = browser.get("/sources/new");
		assertThat(form.status()).isEqualTo(200);

		BrowserSession.Page refused = browser.submit(form, "main form.form", Map.of("text", "Three words only."));
		assertThat(refused.status()).isEqualTo(400);
		Document html = refused.html();
		assertThat(html.select(".error-summary a[href='#text']").text())
			.isEqualTo("Article text: does not read like an article (at least 40 words in sentences; "
					+ "tables and lists are refused).");
		assertThat(html.select("textarea#text").val()).isEqualTo("Three words only.");

		BrowserSession.Page empty = browser.submit(form, "main form.form", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.html().select(".error-summary").text()).contains("paste the text or choose a file");

		String text = SourceImportIT.article(SourceImportIT.marker());
		String id = ok(editor.http().post("/api/v1/sources", Map.of("text", text)));
		BrowserSession.Page duplicate = browser.submit(form, "main form.form", Map.of("text", text));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.html().select("#duplicate a").attr("href")).isEqualTo("/sources/" + id + "/review");
		assertThat(duplicate.html().select(".error-summary").text()).contains("already imported");

		// imported from the form: on to its review
		BrowserSession.Page imported = browser.submit(form, "main form.form",
				Map.of("text", SourceImportIT.article(SourceImportIT.marker()), "outlet", "KPL"));
		assertThat(imported.status()).isEqualTo(302);
		assertThat(imported.location()).matches(".*/sources/[0-9a-f-]{36}/review");
	}

	@Test
	void aRefusedAcceptanceShowsItsErrorsAndSavesNothing() {
		TestUsers.User editor = TestUsers.create(port, "pages-review", "MPS", "RESTRICTED", "EDITOR");
		String id = ok(
				editor.http().post("/api/v1/sources", Map.of("text", SourceImportIT.article(SourceImportIT.marker()))));
		BrowserSession browser = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		BrowserSession.Page review = browser.get("/sources/" + id + "/review");
		assertThat(review.status()).isEqualTo(200);
		assertThat(review.html().select(".article-text").text()).contains("Houaphanh");
		BrowserSession.Page refused = browser.submit(review, "form.review-form",
				Map.of("engagement.match", "new", "engagement.startDate", "2026-02-30", "partnership", "MPS-MININT"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".error-summary a[href='#engagement-startDate']").text())
			.startsWith("First day:");
		assertThat(editor.http().get("/api/v1/sources/" + id).json().get("state").asString()).isEqualTo("PENDING");

		// another ministry's editor and a viewer read it, without the review form's
		// buttons
		for (String agency : new String[] { "MININT", "MPS" }) {
			TestUsers.User reader = TestUsers.create(port, "pages-reader", agency, "UNCLASSIFIED",
					agency.equals("MPS") ? "VIEWER" : "EDITOR");
			BrowserSession theirs = BrowserSession.signIn(port, reader.username(), TestUsers.PASSWORD);
			BrowserSession.Page page = theirs.get("/sources/" + id);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().select("fieldset.review-fieldset[disabled]")).hasSize(1);
			assertThat(page.html().select("form.reject-form")).isEmpty();
			assertThat(theirs.post("/sources/" + id + "/reject", Map.of("reason", "x", "_csrf", page.csrf())).status())
				.isEqualTo(403);
		}
		TestUsers.User viewer = TestUsers.create(port, "pages-viewer", "MPS", "RESTRICTED", "VIEWER");
		BrowserSession viewing = BrowserSession.signIn(port, viewer.username(), TestUsers.PASSWORD);
		assertThat(viewing.get("/sources/new").status()).isEqualTo(403);
		assertThat(viewing.get("/sources").status()).isEqualTo(200);
		assertThat(viewing.get("/sources/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	static String ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
