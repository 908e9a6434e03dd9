package org.puente.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * An MPS officer in a real browser opens a case and sends an urgent RESTRICTED request
 * for assistance with an attachment to the MININT counter-intelligence directorate; a
 * MININT officer, in Spanish, finds it in the inbox, opens it and answers; the MPS
 * officer's inbox shows the answer without a reload, and the case page shows the receipt
 * (read by whom, answered) and the answer.
 */
@IntegrationTest
class ExchangeBrowserIT {

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
	void anUrgentRestrictedRequestIsReadAndAnsweredAcrossTheTwoAgencies() throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String subject = "Yêu cầu hỗ trợ truy vết tên miền lừa đảo " + marker;
		String answer = "Los dominios están registrados en un proveedor extranjero; enviamos los datos " + marker;
		Path attachment = Files.createTempFile("indicators-", ".txt");
		Files.writeString(attachment, "phishing-domain.example\nlogin-verify.example\n", StandardCharsets.UTF_8);
		TestUsers.User mps = TestUsers.create(port, "b-mps", "MPS-A05", "RESTRICTED", "EDITOR");
		TestUsers.User minint = TestUsers.create(port, "b-dgci", "MININT-DGCI", "RESTRICTED", "EDITOR");

		// MPS opens a case with the counter-intelligence directorate of MININT.
		Page officer = chromium.signIn(port, mps.username(), TestUsers.PASSWORD);
		officer.locator("nav.main-nav a[href$='/exchange']").click();
		assertThat(officer.locator("h1")).hasText("Secure exchange");
		officer.locator("a[href$='/exchange/cases/new']").first().click();
		officer.locator("#title").fill("Đường dây lừa đảo trực tuyến " + marker);
		officer.locator("#priority").selectOption("HIGH");
		officer.locator("#agencies").selectOption("MININT-DGCI");
		officer.locator("input[name=areas][value=crime-transnational]").check();
		officer.locator("main form button[type=submit]").click();
		assertThat(officer.locator("h1")).hasText("Đường dây lừa đảo trực tuyến " + marker);
		assertThat(officer.locator(".notice--ok")).containsText("The case is open");

		// An urgent RESTRICTED request with a file; the first try forgets the subject.
		officer.locator("a[href*='/compose']").first().click();
		officer.locator("#addressees").selectOption("MININT-DGCI");
		officer.locator("#text").fill("Đề nghị phía Bạn xác minh chủ sở hữu các tên miền trong tệp đính kèm.");
		officer.locator("#classification").selectOption("RESTRICTED");
		officer.locator("#requestType").selectOption("REQUEST_FOR_ASSISTANCE");
		officer.locator("#urgency").selectOption("URGENT");
		officer.locator("#file").setInputFiles(attachment);
		officer.locator("main form button[type=submit]").click();
		assertThat(officer.locator(".error-summary")).containsText("Subject");
		assertThat(officer.locator(".error-summary a[href='#subject']")).hasCount(1);
		// Nothing typed is lost, and the file is kept.
		assertThat(officer.locator("#text"))
			.hasValue("Đề nghị phía Bạn xác minh chủ sở hữu các tên miền trong tệp đính kèm.");
		assertThat(officer.locator("#urgency")).hasValue("URGENT");
		assertThat(officer.locator("main form")).containsText(attachment.getFileName().toString());
		officer.locator("#subject").fill(subject);
		officer.locator("main form button[type=submit]").click();
		Locator sent = officer.locator("article.message", new Page.LocatorOptions().setHasText(subject));
		assertThat(sent.locator(".marking")).hasText("Restricted");
		assertThat(sent).containsText("Request for assistance");
		assertThat(sent.locator(".tag--urgent")).hasText("Urgent");
		assertThat(sent).containsText("answer by");
		assertThat(sent.locator("a[download]")).hasText(attachment.getFileName().toString());
		assertThat(sent.locator(".deliveries")).containsText("not yet");

		// The MPS officer waits on "answers to me".
		officer.locator("nav.main-nav a[href$='/exchange']").click();
		officer.locator(".exchange-tabs a", new Page.LocatorOptions().setHasText("Answers to me")).click();
		assertThat(officer.locator("#live-status")).containsText("Live");

		// MININT, in Spanish, finds the request in its inbox and opens it.
		Page partner = chromium.signIn(port, minint.username(), TestUsers.PASSWORD);
		partner.locator("#lang-select").selectOption("es");
		assertThat(partner.locator("html")).hasAttribute("lang", "es");
		partner.locator("nav.main-nav a[href$='/exchange']").click();
		assertThat(partner.locator("h1")).hasText("Intercambio seguro");
		Locator row = partner.locator("tr", new Page.LocatorOptions().setHasText(subject));
		assertThat(row).hasClass(Pattern.compile(".*\\bunread\\b.*"));
		assertThat(row).containsText("Urgente");
		assertThat(row).containsText("Solicitud de asistencia");
		Chromium.screenshot(partner, "exchange-inbox-es");
		row.locator("a").first().click();
		Locator request = partner.locator("article.message", new Page.LocatorOptions().setHasText(subject));
		assertThat(request.locator(".marking")).hasText("Restringido");
		assertThat(request).containsText("Uso exclusivo para prevenir o combatir la delincuencia.");
		assertThat(request.locator("a[download]")).hasText(attachment.getFileName().toString());

		// ... and answers it.
		request.locator("a", new Locator.LocatorOptions().setHasText("Responder")).click();
		assertThat(partner.locator("#addressees option[selected]")).hasAttribute("value", "MPS-A05");
		partner.locator("#text").fill(answer);
		partner.locator("main form button[type=submit]").click();
		assertThat(partner.locator(".notice--ok")).containsText("El mensaje se ha enviado");
		assertThat(partner.locator("article.message", new Page.LocatorOptions().setHasText(answer))).hasCount(1);
		Chromium.screenshot(partner, "exchange-case-es");

		// The MPS inbox shows the answer without a reload.
		Locator arrived = officer.locator("#inbox-results tr", new Page.LocatorOptions().setHasText("Re: " + subject));
		assertThat(arrived).hasCount(1);
		assertThat(officer.locator("#live-status")).containsText("New messages");

		// The case page: read by the MININT officer, answered, and the answer itself.
		arrived.locator("a").first().click();
		Locator mine = officer.locator("article.message", new Page.LocatorOptions().setHasText(subject)).first();
		Locator delivery = mine.locator(".deliveries tbody tr");
		assertThat(delivery).containsText(minint.username());
		assertThat(delivery.locator("td").nth(2)).containsText(minint.username());
		assertThat(delivery.locator("td").nth(4).locator("a")).containsText(minint.username());
		assertThat(officer.locator("article.message", new Page.LocatorOptions().setHasText(answer))).hasCount(1);
		assertThat(officer.locator(".timeline")).containsText("Answered");
		mine.scrollIntoViewIfNeeded();
		Chromium.screenshot(officer, "exchange-receipts-en");
		Files.deleteIfExists(attachment);
	}

}
