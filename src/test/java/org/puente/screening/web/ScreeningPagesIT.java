package org.puente.screening.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.support.BrowserSession;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening pages as a browser uses them: forms answer bad input with the error
 * summary and save nothing, every page opens for those allowed and stays closed to
 * others.
 */
@IntegrationTest
class ScreeningPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyScreeningPageOpensInEachLanguage() {
		TestUsers.User editor = TestUsers.create(port, "pg-all", "MPS", "CONFIDENTIAL", "EDITOR");
		BrowserSession session = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		for (String lang : List.of("vi", "es", "en")) {
			BrowserSession.Page home = session.get("/");
			session.post("/language", Map.of("lang", lang, "_csrf", home.csrf()));
			for (String path : List.of("/screening", "/screening/batches", "/screening/hits", "/screening/notices",
					"/screening/watchlist", "/screening/watchlist/documents", "/screening/watchlist/import",
					"/screening/log", "/screening/watchlist/persons/new")) {
				BrowserSession.Page page = session.get(path);
				assertThat(page.status()).as(lang + " " + path).isEqualTo(200);
				assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo(lang);
				assertThat(page.body()).doesNotContain("??");
			}
		}
	}

	@Test
	void thePersonFormNamesEachBadFieldAndSavesNothing() {
		TestUsers.User editor = TestUsers.create(port, "pg-form", "MPS", "CONFIDENTIAL", "EDITOR");
		BrowserSession session = BrowserSession.signIn(port, editor.username(), TestUsers.PASSWORD);
		String basis = "Quyết định " + UUID.randomUUID();
		BrowserSession.Page form = session.get("/screening/watchlist/persons/new");
		BrowserSession.Page refused = session.submit(form, "#person-form",
				Map.of("fullName", "", "birthDate", "3/2/1981", "legalBasis", basis, "category", "VICTIM"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".error-summary a[href=#fullName]")).hasSize(1);
		assertThat(refused.html().select(".error-summary a[href=#birthDate]")).hasSize(1);
		assertThat(refused.html().selectFirst("#legalBasis").text()).isEqualTo(basis);
		assertThat(jdbc.queryForObject("select count(*) from watch_person where legal_basis = ?", Long.class, basis))
			.isZero();

		BrowserSession.Page saved = session.submit(refused, "#person-form", Map.of("fullName", "Đoàn Thị Điểm",
				"birthDate", "1981-02-03", "aliases", "Doan Thi Diem\nĐoàn Điểm", "nationalities", "VN, LA"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).matches(".*/screening/watchlist/persons/[0-9a-f-]{36}$");
		BrowserSession.Page shown = session.get(saved.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(shown.html().selectFirst("h1").text()).isEqualTo("Đoàn Thị Điểm");
		assertThat(shown.body()).contains("Doan Thi Diem").contains(basis);

		// Search ignores diacritics.
		assertThat(session.get("/screening/watchlist?q=doan%20thi%20diem").body()).contains("Đoàn Thị Điểm");

		// A viewer of the same ministry cannot open the form; another ministry cannot see
		// the entry.
		TestUsers.User viewer = TestUsers.create(port, "pg-viewer", "MPS", "CONFIDENTIAL", "VIEWER");
		BrowserSession theirs = BrowserSession.signIn(port, viewer.username(), TestUsers.PASSWORD);
		assertThat(theirs.get("/screening/watchlist/persons/new").status()).isEqualTo(403);
		TestUsers.User partner = TestUsers.create(port, "pg-partner", "MININT", "SECRET", "ADMIN");
		BrowserSession partnerSession = BrowserSession.signIn(port, partner.username(), TestUsers.PASSWORD);
		assertThat(partnerSession.get(saved.location().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(404);
		assertThat(partnerSession.get("/screening/watchlist?q=doan").body()).doesNotContain("Đoàn Thị Điểm");
	}

	@Test
	void theCheckPageRefusesACheckWithoutPurposeAndTheLogShowsTheCheck() {
		TestUsers.User officer = TestUsers.create(port, "pg-check", "MININT", "RESTRICTED", "VIEWER");
		BrowserSession session = BrowserSession.signIn(port, officer.username(), TestUsers.PASSWORD);
		BrowserSession.Page form = session.get("/screening");
		BrowserSession.Page refused = session.submit(form, "#check-form", Map.of("name", "Nguyễn Văn An"));
		assertThat(refused.html().select(".error-summary a[href=#purpose]")).hasSize(1);
		assertThat(refused.html().select(".error-summary a[href=#purposeCategory]")).hasSize(1);
		assertThat(refused.html().select("#check-result")).isEmpty();

		String purpose = "Chuyến bay VN 9271 " + UUID.randomUUID().toString().substring(0, 5);
		BrowserSession.Page checked = session.submit(refused, "#check-form",
				Map.of("purposeCategory", "BORDER_CONTROL", "purpose", purpose));
		assertThat(checked.html().select("#check-result")).hasSize(1);
		BrowserSession.Page log = session.get("/screening/log");
		assertThat(log.html().select("#query-log tbody tr").text()).contains(purpose).contains("Nguyễn Văn An");
		BrowserSession.Page csv = session.get("/screening/log/export.csv");
		assertThat(csv.body()).contains(purpose).contains("Nguyễn Văn An");

		TestUsers.User unclassified = TestUsers.create(port, "pg-uncl", "MININT", "UNCLASSIFIED", "VIEWER");
		assertThat(BrowserSession.signIn(port, unclassified.username(), TestUsers.PASSWORD).get("/screening").status())
			.isEqualTo(403);
	}

}
