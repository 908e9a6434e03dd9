package org.puente.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.puente.security.AuditLog;
import org.puente.security.AuditRecord;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed documents made from the demo MPS–MININT partnership: the briefing for the
 * August 2025 talks in three languages, the review report of the 2018 agreement, the
 * record of talks; who may make them and what each reader sees. Runs on a database of its
 * own (the property below), since it gives a demo commitment a due date and an internal
 * note.
 */
@IntegrationTest
@TestPropertySource(properties = "puente.test.context=documents")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsIT {

	static final String NOTE = "MPS only: ask quietly about the equipment budget";

	static final String RESEARCH = "Jointly study and launch projects and research";

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	String talks2025;

	String framework;

	TestUsers.User mpsViewer;

	TestUsers.User minintViewer;

	@BeforeAll
	void findTheDemoRecords() {
		mpsViewer = TestUsers.create(port, "doc-mps", "MPS", "RESTRICTED", "VIEWER");
		minintViewer = TestUsers.create(port, "doc-minint", "MININT", "RESTRICTED", "VIEWER");
		Http admin = TestUsers.admin(port);
		talks2025 = items(admin.get("/api/v1/registry/engagements?partnership=MPS-MININT&from=2025-08-15&to=2025-08-15"
				+ "&kind=TALKS&size=50"))
			.stream()
			.filter(e -> e.get("title").get("en").asString().contains("Lương Tam Quang"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		framework = items(admin.get("/api/v1/registry/agreements?partnership=MPS-MININT&size=50")).stream()
			.filter(a -> a.get("kind").asString().equals("FRAMEWORK"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		// A demo commitment gets a due date in 2025, a responsible unit and a note for
		// MPS
		// eyes only.
		JsonNode research = items(admin.get("/api/v1/registry/commitments?partnership=MPS-MININT&size=200")).stream()
			.filter(c -> c.get("text").get("en").asString().startsWith(RESEARCH))
			.findFirst()
			.orElseThrow();
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("partnership", research.get("partnership").asString());
		form.put("text", Map.of("vi", research.get("text").get("vi").asString(), "es",
				research.get("text").get("es").asString(), "en", research.get("text").get("en").asString()));
		form.put("areas", research.get("areas").valueStream().map(JsonNode::asString).toList());
		form.put("responsibleAgency", "MPS");
		form.put("responsibleUnit", "MPS-A05");
		form.put("dueDate", "2025-03-31");
		form.put("agreedBy", research.get("agreedBy").asString());
		form.put("originEngagement", research.get("originEngagement").asString());
		form.put("sources", research.get("sources").valueStream().map(JsonNode::asString).toList());
		form.put("internal", false);
		form.put("internalNote", NOTE);
		form.put("version", research.get("version").asLong());
		Http.Response updated = admin.put("/api/v1/registry/commitments/" + research.get("id").asString(), form);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
	}

	@Test
	void theBriefingForTheAugust2025TalksNamesTheMinisterWithEverySourcesRankInEachLanguage() throws IOException {
		PdfSession api = PdfSession.api(port, mpsViewer.username(), TestUsers.PASSWORD);
		Map<String, Integer> pages = new HashMap<>();
		Map<String, String> visit = Map.of("en", "Deputy Minister Trần Quốc Tỏ's working visit to Cuba", "es",
				"Visita de trabajo a Cuba del viceministro Tran Quoc To", "vi",
				"Chuyến thăm và làm việc tại Cuba của Thứ trưởng Trần Quốc Tỏ");
		Map<String, String> experience = Map.of("en", "Share experience in force building", "es",
				"Compartir experiencia en desarrollo de fuerzas", "vi", "Chia sẻ kinh nghiệm về xây dựng lực lượng");
		Map<String, String> agreed = Map.of("en", "Agreed", "es", "Acordado", "vi", "Đã thống nhất");
		Map<String, String> agency = Map.of("en", "Ministry of Public Security", "es",
				"Ministerio de Seguridad Pública de Vietnam", "vi", "Bộ Công an");
		Map<String, String> ranks = Map.of("en", "Rank, as each source gives it", "es", "Grado, según cada fuente",
				"vi", "Cấp hàm theo từng nguồn");
		Map<String, String> figures = Map.of("en", "Engagements per year by level", "es", "Encuentros por año y nivel",
				"vi", "Hoạt động đối ngoại theo năm và cấp");
		for (String lang : List.of("en", "es", "vi")) {
			PdfSession.Answer answer = api.postJson("/api/v1/reports/briefings/" + talks2025,
					Map.of("language", lang, "notes", "Thank MININT for the visit\nRaise the research centre"));
			assertThat(answer.status()).as(answer.text()).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("application/pdf");
			assertThat(answer.disposition()).contains("attachment").contains("briefing-2025-08-15-" + lang + ".pdf");
			try (PDDocument pdf = Loader.loadPDF(answer.body())) {
				String text = text(pdf);
				assertThat(text).as(lang)
					.contains("Lázaro Alberto Álvarez Casas", "Lieutenant General", "Senior Lieutenant General",
							"Major General", "002_34c03378e984f209", "004_8d0f82977c284667", "000_65bf11012cc60d58",
							nfc(ranks.get(lang)), nfc(visit.get(lang)), nfc(experience.get(lang)),
							nfc(agreed.get(lang)), nfc(agency.get(lang)), "Raise the research centre");
				assertThat(text).as("MPS reads its own internal note").contains(NOTE);
				// The dashboard's figures, as images with their numbers.
				assertThat(text).contains(nfc(figures.get(lang)));
				assertThat(images(pdf)).as("engagements by level and activities by area are drawn").isEqualTo(2);
				pages.put(lang, pdf.getNumberOfPages());
				assertThat(fonts(pdf)).as("every font is embedded, so the PDF looks the same everywhere")
					.isNotEmpty()
					.allSatisfy(f -> assertThat(f).endsWith("embedded").contains("NotoSans"));
				screenshot(pdf, "briefing-" + lang);
				for (int page = 1; "en".equals(lang) && page < pdf.getNumberOfPages(); page++) {
					screenshot(pdf, page, "briefing-en-" + (page + 1));
				}
			}
		}
		assertThat(pages.get("es")).isBetween(pages.get("en") - 1, pages.get("en") + 1);
		assertThat(pages.get("vi")).isBetween(pages.get("en") - 1, pages.get("en") + 1);
		List<AuditRecord> generated = audit
			.search(new AuditLog.Filter(mpsViewer.username(), null, null, "Engagement", talks2025, "GENERATE", null,
					null), PageRequest.of(0, 10))
			.getContent();
		assertThat(generated).extracting(AuditRecord::changes)
			.anySatisfy(c -> assertThat(c).contains("\"document\":\"briefing\"", "\"language\":\"en\""))
			.anySatisfy(c -> assertThat(c).contains("\"document\":\"briefing\"", "\"language\":\"es\""))
			.anySatisfy(c -> assertThat(c).contains("\"document\":\"briefing\"", "\"language\":\"vi\""));
	}

	@Test
	void theBriefingFormAnswersWithThePdfAndTheMarkingOnEveryPage() throws IOException {
		PdfSession browser = PdfSession.browser(port, mpsViewer.username(), TestUsers.PASSWORD);
		PdfSession.Answer form = browser.get("/registry/engagements/" + talks2025 + "/briefing");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("select#language option").eachAttr("value")).containsExactly("vi", "es", "en");
		PdfSession.Answer pdf = browser.submit("/registry/engagements/" + talks2025 + "/briefing",
				Map.of("language", "es", "classification", "RESTRICTED"));
		assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
		assertThat(pdf.disposition()).contains("briefing-2025-08-15-es.pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				String text = text(doc, page);
				assertThat(text).as("page %d", page)
					.contains("RESTRINGIDO")
					.contains("Página " + page + " de " + doc.getNumberOfPages());
			}
		}
	}

	@Test
	void theReviewReportOfThe2018AgreementListsWhatMovedWhatIsOverdueAndDrawsTheChart() throws IOException {
		PdfSession api = PdfSession.api(port, mpsViewer.username(), TestUsers.PASSWORD);
		PdfSession.Answer answer = api.postJson("/api/v1/reports/review-reports/" + framework,
				Map.of("from", "2022-01-01", "to", "2025-12-31", "language", "en"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.disposition()).contains("review-report-2022-01-01-2025-12-31-en.pdf");
		try (PDDocument pdf = Loader.loadPDF(answer.body())) {
			String text = text(pdf);
			screenshot(pdf, "review-report-en");
			screenshot(pdf, 1, "review-report-en-2");
			assertThat(text).contains("Implementation review report", "What moved in the period",
					"Exchange more delegations at all levels and experts", "Agreed to In progress",
					"Overdue on December 31, 2025", RESEARCH, "Department of Cybersecurity",
					"Medical equipment donated to CIMEQ hospital", "2022", "2025", NOTE);
			assertThat(images(pdf)).as("the chart is an image on some page").isPositive();
		}
		PdfSession.Answer vi = PdfSession.api(port, minintViewer.username(), TestUsers.PASSWORD)
			.postJson("/api/v1/reports/review-reports/" + framework,
					Map.of("from", "2024-01-01", "to", "2025-12-31", "language", "vi"));
		assertThat(vi.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(vi.body())) {
			String text = text(pdf);
			screenshot(pdf, "review-report-vi");
			assertThat(text).contains(nfc("Báo cáo sơ kết thực hiện"), nfc("Quý 1/2024"), nfc("Bộ Nội vụ Cuba"));
			assertThat(text).as("MININT does not read MPS's internal note").doesNotContain(NOTE);
		}
	}

	@Test
	void theRecordOfTalksListsTheParticipantsTheAgreementSignedAndTheCommitments() throws IOException {
		PdfSession browser = PdfSession.browser(port, minintViewer.username(), TestUsers.PASSWORD);
		PdfSession.Answer answer = browser.submit("/registry/engagements/" + talks2025 + "/record-of-talks",
				Map.of("language", "es"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.disposition()).contains("record-of-talks-2025-08-15-es.pdf");
		try (PDDocument pdf = Loader.loadPDF(answer.body())) {
			String text = text(pdf);
			screenshot(pdf, "record-of-talks-es");
			screenshot(pdf, pdf.getNumberOfPages() - 1, "record-of-talks-es-last");
			assertThat(text).contains("Acta de conversaciones", "Lương Tam Quang", "Lázaro Alberto Álvarez Casas",
					"Senior Lieutenant General", "Acuerdo de cooperación en materia de ciberseguridad",
					"Compromisos acordados por ambas partes",
					"Formación y desarrollo de capacidades del personal del MININT",
					"Propuestos o solicitados por una parte", "Intercambiar información, ejecutar planes operativos",
					"Por la parte anfitriona", "Por la parte visitante", "Ministerio del Interior");
			assertThat(text).doesNotContain(NOTE);
		}
	}

	@Test
	void theBriefingKeepsMpsInternalNotesFromMinint() throws IOException {
		PdfSession.Answer answer = PdfSession.api(port, minintViewer.username(), TestUsers.PASSWORD)
			.postJson("/api/v1/reports/briefings/" + talks2025, Map.of("language", "en"));
		assertThat(answer.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(answer.body())) {
			String text = text(pdf);
			assertThat(text).contains(RESEARCH).doesNotContain(NOTE);
			assertThat(text).as("MININT's counterparts are the Vietnamese side").contains("Lương Tam Quang");
		}
	}

	@Test
	void aMinistryOutsideThePartnershipGetsNothing() throws IOException {
		String code = "OUT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
		Http.Response agency = TestUsers.admin(port)
			.post("/api/v1/agencies", Map.of("code", code, "kind", "MINISTRY", "country", "LA", "names",
					Map.of("vi", "Bộ thử " + code, "es", "Ministerio " + code, "en", "Ministry " + code)));
		assertThat(agency.status()).as(agency.body()).isEqualTo(201);
		TestUsers.User outsider = TestUsers.create(port, "doc-outsider", code, "SECRET", "VIEWER");
		PdfSession browser = PdfSession.browser(port, outsider.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/registry/engagements/" + talks2025 + "/briefing").status()).isIn(403, 404);
		assertThat(browser.get("/registry/engagements/" + talks2025 + "/record-of-talks").status()).isIn(403, 404);
		assertThat(browser.get("/registry/agreements/" + framework + "/review-report").status()).isIn(403, 404);
		PdfSession api = PdfSession.api(port, outsider.username(), TestUsers.PASSWORD);
		assertThat(api.postJson("/api/v1/reports/briefings/" + talks2025, Map.of()).status()).isIn(403, 404);
		assertThat(api
			.postJson("/api/v1/reports/review-reports/" + framework, Map.of("from", "2022-01-01", "to", "2025-12-31"))
			.status()).isIn(403, 404);
		assertThat(api.postJson("/api/v1/reports/records-of-talks/" + talks2025, Map.of()).status()).isIn(403, 404);
		assertThat(PdfSession.api(port, "nobody", "wrong")
			.postJson("/api/v1/reports/briefings/" + talks2025, Map.of())
			.status()).isEqualTo(401);
	}

	@Test
	void badInputComesBackAsTheFormWithTheFieldNamed() throws IOException {
		PdfSession browser = PdfSession.browser(port, mpsViewer.username(), TestUsers.PASSWORD);
		String review = "/registry/agreements/" + framework + "/review-report";
		PdfSession.Answer reversed = browser.submit(review, Map.of("from", "2025-01-01", "to", "2024-01-01"));
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.html().select(".error-summary a").eachAttr("href")).containsExactly("#to");
		assertThat(reversed.html().selectFirst("#to").attr("value")).isEqualTo("2024-01-01");
		PdfSession.Answer badDate = browser.submit(review, Map.of("from", "2025-13-45", "language", "xx"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.html().select(".error-summary a").eachAttr("href")).contains("#from", "#language");
		PdfSession.Answer tooHigh = browser.submit("/registry/engagements/" + talks2025 + "/briefing",
				Map.of("classification", "SECRET"));
		assertThat(tooHigh.status()).isEqualTo(400);
		assertThat(tooHigh.html().select(".error-summary a").eachAttr("href")).containsExactly("#classification");
		PdfSession.Answer longNotes = browser.submit("/registry/engagements/" + talks2025 + "/briefing",
				Map.of("notes", "x".repeat(5000)));
		assertThat(longNotes.status()).isEqualTo(400);

		Http api = mpsViewer.http();
		Http.Response problem = api.post("/api/v1/reports/briefings/" + talks2025, Map.of("language", "xx"));
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
		Http.Response missing = api.post("/api/v1/reports/review-reports/" + framework, Map.of("to", "2025-01-01"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("from");
	}

	static List<JsonNode> items(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

	static String text(PDDocument pdf) {
		return text(pdf, 0);
	}

	/** The text of one page (1-based), or of the whole document for 0; NFC-normalised. */
	static String text(PDDocument pdf, int page) {
		try {
			PDFTextStripper stripper = new PDFTextStripper();
			if (page > 0) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
			}
			return nfc(stripper.getText(pdf)).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Every font the pages use, as "name embedded|external". */
	static java.util.Set<String> fonts(PDDocument pdf) throws IOException {
		java.util.Set<String> fonts = new java.util.TreeSet<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
				fonts.add(font.getName() + " " + (font.isEmbedded() ? "embedded" : "external"));
			}
		}
		return fonts;
	}

	static int images(PDDocument pdf) throws IOException {
		int count = 0;
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject) {
					count++;
				}
			}
		}
		return count;
	}

	static void screenshot(PDDocument pdf, String name) {
		screenshot(pdf, 0, name);
	}

	/** Page {@code index} (0-based) as a PNG, and the text, under target/screenshots. */
	static void screenshot(PDDocument pdf, int index, String name) {
		try {
			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(index, 110);
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
			Files.writeString(dir.resolve(name + ".txt"), new PDFTextStripper().getText(pdf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
