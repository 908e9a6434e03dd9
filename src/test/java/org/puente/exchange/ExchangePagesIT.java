package org.puente.exchange;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.exchange.ExchangeClient.BASE;
import static org.puente.exchange.ExchangeClient.marker;
import static org.puente.exchange.ExchangeClient.message;
import static org.puente.exchange.ExchangeClient.ok;
import static org.puente.exchange.ExchangeClient.openCase;
import static org.puente.exchange.ExchangeClient.send;

/**
 * The exchange pages as users meet them: what the inbox, search, case page, dossier,
 * evidence bundle and live stream show a RESTRICTED officer next to a cleared one, read
 * receipts from opening a case, forms refusing bad input with the error summary, and the
 * denials.
 */
@IntegrationTest
class ExchangePagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A case from MPS-A05 to MININT-DGCI with a CONFIDENTIAL and a RESTRICTED message.
	 */
	record Scene(String marker, User sender, User restricted, User cleared, String caseId, String secretId,
			String leadId) {
	}

	Scene scene() {
		String marker = marker();
		User sender = TestUsers.create(port, "p-mps", "MPS-A05", "SECRET", "EDITOR");
		User restricted = TestUsers.create(port, "p-dgci-r", "MININT-DGCI", "RESTRICTED", "EDITOR");
		User cleared = TestUsers.create(port, "p-dgci-s", "MININT-DGCI", "SECRET", "VIEWER");
		String caseId = openCase(sender.http(), "Đường dây lừa đảo " + marker, "MININT-DGCI").get("id").asString();
		String secretId = send(sender.http(), caseId, message("Cuentas bancarias " + marker,
				"Số tài khoản ngân hàng " + marker, "CONFIDENTIAL", "MININT-DGCI"))
			.get("id")
			.asString();
		Map<String, Object> lead = new HashMap<>(message("Tên miền lừa đảo " + marker,
				"Đường dây lừa đảo trực tuyến dùng các tên miền này " + marker, "RESTRICTED", "MININT-DGCI"));
		lead.put("urgency", "URGENT");
		lead.put("language", "vi");
		String leadId = send(sender.http(), caseId, lead).get("id").asString();
		return new Scene(marker, sender, restricted, cleared, caseId, secretId, leadId);
	}

	PageSession session(User user) {
		return PageSession.signIn(port, user.username(), TestUsers.PASSWORD);
	}

	@Test
	void inboxSearchAndCasePageShowOnlyWhatTheReaderMaySeeAndOpeningRecordsTheReadReceipt() {
		Scene s = scene();
		PageSession restricted = session(s.restricted());

		Document inbox = restricted.get("/exchange").html();
		Element row = inbox.select("tr")
			.stream()
			.filter(tr -> tr.text().contains("Tên miền lừa đảo " + s.marker()))
			.findFirst()
			.orElseThrow();
		assertThat(row.hasClass("unread")).as("an unread message is shown in bold").isTrue();
		assertThat(row.text()).contains("Urgent");
		assertThat(inbox.text()).doesNotContain("Cuentas bancarias " + s.marker());
		assertThat(inbox.select(".exchange-tabs a").eachText()).anySatisfy(t -> assertThat(t).startsWith("Unread"));

		Document unreadTab = restricted.get("/exchange?tab=unread").html();
		assertThat(unreadTab.text()).contains("Tên miền lừa đảo " + s.marker());
		Document search = restricted.get("/exchange?q=" + s.marker()).html();
		assertThat(search.select(".search-hit").eachText()).anySatisfy(t -> assertThat(t).contains("Tên miền"))
			.noneSatisfy(t -> assertThat(t).contains("Cuentas bancarias"));
		Document searchFolded = restricted.get("/exchange?q=ten+mien+" + s.marker()).html();
		assertThat(searchFolded.select(".search-hit")).hasSize(1);

		Document casePage = restricted.get("/exchange/cases/" + s.caseId()).html();
		assertThat(casePage.select("#message-" + s.leadId())).hasSize(1);
		assertThat(casePage.select("#message-" + s.secretId())).isEmpty();
		assertThat(casePage.text()).doesNotContain("Cuentas bancarias").doesNotContain("Số tài khoản");
		assertThat(casePage.select("#message-" + s.leadId() + " .marking").text()).isEqualTo("Restricted");
		assertThat(casePage.select("#message-" + s.leadId() + " .message__codes").text())
			.contains("Use only to prevent or combat crime");

		// Opening the case read the message for MININT-DGCI: the sender sees who and
		// when.
		JsonNode receipts = ok(s.sender().http().get(BASE + "/messages/" + s.leadId() + "/receipts"));
		assertThat(receipts.get(0).get("readBy").asString()).isEqualTo(s.restricted().username());
		JsonNode secretReceipts = ok(s.sender().http().get(BASE + "/messages/" + s.secretId() + "/receipts"));
		assertThat(secretReceipts.get(0).get("readAt").isNull()).as("the hidden message stays unread").isTrue();
		Document after = restricted.get("/exchange").html();
		Element rowAfter = after.select("tr")
			.stream()
			.filter(tr -> tr.text().contains("Tên miền lừa đảo " + s.marker()))
			.findFirst()
			.orElseThrow();
		assertThat(rowAfter.hasClass("unread")).isFalse();

		Document senderPage = session(s.sender()).get("/exchange/cases/" + s.caseId()).html();
		Element deliveries = senderPage.selectFirst("#message-" + s.leadId() + " .deliveries");
		assertThat(deliveries.text()).contains(s.restricted().username()).contains("not yet");

		Document clearedPage = session(s.cleared()).get("/exchange/cases/" + s.caseId()).html();
		assertThat(clearedPage.select("#message-" + s.secretId())).hasSize(1);
		assertThat(clearedPage.select(".timeline li")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void theDossierAndBundleHoldOnlyReadableMessagesMarkedAtTheHighestAndVerifyOffline() throws Exception {
		Scene s = scene();
		Http.Response pdfRestricted = raw(s.restricted(), "/exchange/cases/" + s.caseId() + "/dossier.pdf");
		PageSession restricted = session(s.restricted());
		PageSession.Answer pdf = restricted.get("/exchange/cases/" + s.caseId() + "/dossier.pdf?language=vi");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		String text = text(pdf.body());
		assertThat(text).contains("Hồ sơ vụ việc")
			.contains("Đường dây lừa đảo trực tuyến dùng các tên miền này " + s.marker())
			.contains("HẠN CHẾ")
			.doesNotContain("Cuentas bancarias")
			.doesNotContain("Số tài khoản");
		String spanish = text(restricted.get("/exchange/cases/" + s.caseId() + "/dossier.pdf?language=es").body());
		assertThat(spanish).contains("Expediente del caso").contains("Solicitud de información");
		assertThat(restricted.get("/exchange/cases/" + s.caseId() + "/dossier.pdf?language=fr").status())
			.isEqualTo(400);
		assertThat(pdfRestricted.status()).isEqualTo(200);
		assertThat(pdfRestricted.header("X-Puente-Marking")).isEqualTo("RESTRICTED");

		String cleared = text(
				session(s.cleared()).get("/exchange/cases/" + s.caseId() + "/dossier.pdf?language=es").body());
		assertThat(cleared).contains("Cuentas bancarias " + s.marker()).contains("CONFIDENCIAL");

		JsonNode bundle = Http.JSON.readTree(restricted.get("/exchange/cases/" + s.caseId() + "/dossier.json").text());
		assertThat(bundle.get("format").asString()).isEqualTo("puente-exchange-dossier/1");
		assertThat(bundle.get("marking").asString()).isEqualTo("RESTRICTED");
		assertThat(bundle.get("messages")).hasSize(1);
		assertThat(bundle.toString()).doesNotContain("Cuentas bancarias").doesNotContain(s.secretId());
		verifyOffline(bundle);

		JsonNode full = Http.JSON
			.readTree(session(s.cleared()).get("/exchange/cases/" + s.caseId() + "/dossier.json").text());
		assertThat(full.get("marking").asString()).isEqualTo("CONFIDENTIAL");
		assertThat(full.get("messages")).hasSize(2);
		assertThat(full.get("messages").get(0).get("prevHash").asString()).isEqualTo("0".repeat(64));
		assertThat(full.get("messages").get(1).get("prevHash").asString())
			.isEqualTo(full.get("messages").get(0).get("hash").asString());
		verifyOffline(full);

		Integer exports = jdbc
			.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'ExchangeCase'"
					+ " and record_id = ?", Integer.class, s.caseId());
		assertThat(exports).isEqualTo(6);
	}

	/** What an agency does with the bundle, with nothing but the JDK. */
	static void verifyOffline(JsonNode bundle) throws Exception {
		Map<String, java.security.PublicKey> keys = new HashMap<>();
		for (JsonNode key : bundle.get("keys")) {
			String pem = key.get("publicKeyPem").asString();
			byte[] der = Base64.getMimeDecoder()
				.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
			keys.put(key.get("keyId").asString(),
					KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
		}
		int receipts = 0;
		for (JsonNode m : bundle.get("messages")) {
			byte[] canonical = Base64.getDecoder().decode(m.get("canonical").asString());
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
			assertThat(hash).isEqualTo(m.get("hash").asString());
			assertThat(Http.JSON.readTree(canonical).get("prevHash").asString())
				.isEqualTo(m.get("prevHash").asString());
			assertThat(verifies(keys, m.get("signature"), canonical)).as("message signature").isTrue();
			for (JsonNode r : m.get("receipts")) {
				byte[] receipt = Base64.getDecoder().decode(r.get("canonical").asString());
				assertThat(Http.JSON.readTree(receipt).get("messageHash").asString()).isEqualTo(hash);
				assertThat(verifies(keys, r.get("signature"), receipt)).as("receipt signature").isTrue();
				receipts++;
			}
			byte[] forged = new String(canonical, StandardCharsets.UTF_8).replace("\"subject\":\"", "\"subject\":\"X")
				.getBytes(StandardCharsets.UTF_8);
			assertThat(verifies(keys, m.get("signature"), forged)).as("a changed subject fails").isFalse();
		}
		assertThat(receipts).isPositive();
	}

	static boolean verifies(Map<String, java.security.PublicKey> keys, JsonNode signature, byte[] content)
			throws Exception {
		java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
		verifier.initVerify(keys.get(signature.get("keyId").asString()));
		verifier.update(content);
		return verifier.verify(Base64.getDecoder().decode(signature.get("value").asString()));
	}

	@Test
	void liveUpdatesReachOnlyThoseWhoMayReadTheMessage() throws Exception {
		String marker = marker();
		User sender = TestUsers.create(port, "l-mps", "MPS-A05", "SECRET", "EDITOR");
		User restricted = TestUsers.create(port, "l-dgci-r", "MININT-DGCI", "RESTRICTED", "VIEWER");
		User cleared = TestUsers.create(port, "l-dgci-s", "MININT-DGCI", "SECRET", "VIEWER");
		User other = TestUsers.create(port, "l-cimeq", "MININT-CIMEQ", "SECRET", "VIEWER");
		String caseId = openCase(sender.http(), "Live " + marker, "MININT-DGCI").get("id").asString();
		PageSession.Stream low = session(restricted).stream();
		PageSession.Stream high = session(cleared).stream();
		PageSession.Stream elsewhere = session(other).stream();
		try {
			assertThat(low.status()).isEqualTo(200);
			await(() -> low.events().contains("ready ready") && high.events().contains("ready ready")
					&& elsewhere.events().contains("ready ready"));
			String hidden = send(sender.http(), caseId,
					message("Confidential " + marker, "x", "CONFIDENTIAL", "MININT-DGCI"))
				.get("id")
				.asString();
			await(() -> high.events().contains("message " + caseId + " " + hidden));
			String open = send(sender.http(), caseId, message("Restricted " + marker, "y", "RESTRICTED", "MININT-DGCI"))
				.get("id")
				.asString();
			await(() -> high.events().contains("message " + caseId + " " + open)
					&& low.events().contains("message " + caseId + " " + open));
			// Opening the case reads the RESTRICTED message: a receipt event, for those
			// who may read it.
			session(restricted).get("/exchange/cases/" + caseId);
			await(() -> low.events().stream().anyMatch(e -> e.startsWith("receipt " + caseId + " " + open)));
			Thread.sleep(300);
			assertThat(low.events()).noneMatch(e -> e.contains(hidden));
			assertThat(low.events().stream().filter(e -> e.startsWith("message ")))
				.containsExactly("message " + caseId + " " + open);
			assertThat(elsewhere.events()).noneMatch(e -> e.contains(caseId));
		}
		finally {
			low.close();
			high.close();
			elsewhere.close();
		}
	}

	@Test
	void formsRefuseBadInputWithTheErrorSummaryAndKeepWhatWasTyped() {
		User editor = TestUsers.create(port, "f-mps", "MPS-A05", "RESTRICTED", "EDITOR");
		PageSession session = session(editor);
		PageSession.Answer form = session.get("/exchange/cases/new");
		assertThat(form.status()).isEqualTo(200);
		PageSession.Answer refused = session.post("/exchange/cases/new", Map.of("_csrf", PageSession.csrf(form),
				"title", " ", "priority", "HIGH", "agencies", "MININT-DGCI", "agreement", "not-an-id"));
		assertThat(refused.status()).isEqualTo(400);
		Document page = refused.html();
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#title", "#agreementId");
		assertThat(page.select("#agencies option[selected]").eachAttr("value")).containsExactly("MININT-DGCI");
		assertThat(page.select("#priority option[selected]").attr("value")).isEqualTo("HIGH");
		String marker = marker();
		PageSession.Answer created = session.post("/exchange/cases/new", Map.of("_csrf", PageSession.csrf(form),
				"title", "Tàu cá " + marker, "priority", "HIGH", "agencies", "MININT-DGCI"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).contains("/exchange/cases/");
		Document casePage = session.get(created.location().replaceFirst("^https?://[^/]+", "")).html();
		assertThat(casePage.select("h1").text()).isEqualTo("Tàu cá " + marker);
		assertThat(casePage.select(".notice--ok").text()).contains("The case is open");
	}

	@Test
	void forwardingAnH2MessageIsBlockedOnThePageUntilTheSenderAllowsIt() {
		String marker = marker();
		User sender = TestUsers.create(port, "h-mps", "MPS-A05", "RESTRICTED", "EDITOR");
		User dgci = TestUsers.create(port, "h-dgci", "MININT-DGCI", "RESTRICTED", "EDITOR");
		String caseId = openCase(sender.http(), "H2 " + marker, "MININT-DGCI", "MININT-CIMEQ").get("id").asString();
		Map<String, Object> h2 = new HashMap<>(
				message("Nguồn tin nhạy cảm " + marker, "Không chuyển tiếp " + marker, "RESTRICTED", "MININT-DGCI"));
		h2.put("handlingCodes", List.of("H0", "H2"));
		String id = send(sender.http(), caseId, h2).get("id").asString();

		PageSession theirs = session(dgci);
		PageSession.Answer page = theirs.get("/exchange/cases/" + caseId);
		Element actions = page.html().selectFirst("#message-" + id + " .message__actions");
		assertThat(actions.select("button[disabled]").text()).isEqualTo("Forward");
		assertThat(actions.select(".hint").text()).contains("H2").contains("Ask the sender");
		assertThat(actions.select("a[href$='/forward']")).isEmpty();
		PageSession.Answer refused = theirs.post("/exchange/messages/" + id + "/forward",
				Map.of("_csrf", PageSession.csrf(page), "addressees", "MININT-CIMEQ", "note", "FYI"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".notice--error").text()).contains("MININT-CIMEQ");
		assertThat(refused.html().select(".error-summary a").eachAttr("href")).containsExactly("#addressees");

		PageSession mine = session(sender);
		PageSession.Answer senderPage = mine.get("/exchange/cases/" + caseId);
		assertThat(senderPage.html().select("#grant-" + id)).hasSize(1);
		PageSession.Answer granted = mine.post("/exchange/messages/" + id + "/grant",
				Map.of("_csrf", PageSession.csrf(senderPage), "agencies", "MININT-CIMEQ"));
		assertThat(granted.status()).isEqualTo(302);
		assertThat(mine.get("/exchange/cases/" + caseId).html().select("#message-" + id).text())
			.contains("May be passed on to: MININT-CIMEQ");

		PageSession.Answer now = theirs.get("/exchange/cases/" + caseId);
		assertThat(now.html().select("#message-" + id + " .message__actions a[href$='/forward']")).hasSize(1);
		PageSession.Answer forwarded = theirs.post("/exchange/messages/" + id + "/forward",
				Map.of("_csrf", PageSession.csrf(now), "addressees", "MININT-CIMEQ", "note", "FYI"));
		assertThat(forwarded.status()).isEqualTo(302);
		assertThat(theirs.get("/exchange/cases/" + caseId).html().select("article.message h3").eachText())
			.contains("FW: Nguồn tin nhạy cảm " + marker);
	}

	@Test
	void everyPageAndExportRefusesWhoMayNotUseIt() {
		Scene s = scene();
		PageSession anonymous = PageSession.anonymous(port);
		for (String path : List.of("/exchange", "/exchange/cases", "/exchange/cases/" + s.caseId(),
				"/exchange/cases/" + s.caseId() + "/dossier.pdf", "/exchange/cases/" + s.caseId() + "/dossier.json",
				"/exchange/stream", "/exchange/cases/new")) {
			PageSession.Answer answer = anonymous.get(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.location()).as(path).contains("/login");
		}
		assertThat(new Http(port).get(BASE + "/cases/" + s.caseId() + "/dossier.json").status()).isEqualTo(401);

		PageSession viewer = session(s.cleared());
		assertThat(viewer.get("/exchange/cases/" + s.caseId() + "/compose").status()).isEqualTo(403);
		assertThat(viewer.get("/exchange/cases/new").status()).isEqualTo(403);
		assertThat(viewer.get("/exchange/messages/" + s.leadId() + "/forward").status()).isEqualTo(403);

		// A unit of the partner ministry that was not addressed sees the case, not the
		// messages.
		User cimeq = TestUsers.create(port, "d-cimeq", "MININT-CIMEQ", "SECRET", "EDITOR");
		PageSession other = session(cimeq);
		assertThat(other.get("/exchange/cases/" + s.caseId()).text()).doesNotContain("Tên miền lừa đảo " + s.marker());
		JsonNode bundle = Http.JSON.readTree(other.get("/exchange/cases/" + s.caseId() + "/dossier.json").text());
		assertThat(bundle.get("messages")).isEmpty();
		assertThat(bundle.get("marking").asString()).isEqualTo("UNCLASSIFIED");
		assertThat(other.get("/exchange/messages/" + s.leadId() + "/attachments/" + s.leadId()).status())
			.isEqualTo(404);
	}

	Http.Response raw(User user, String path) {
		return new Http(port).as(user.username(), TestUsers.PASSWORD).get("/api/v1" + path);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("condition not met within 15 s");
			}
			Thread.sleep(50);
		}
	}

}
