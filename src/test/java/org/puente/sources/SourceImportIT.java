package org.puente.sources;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing articles over the API: pasted and uploaded in every supported format, the
 * same article twice, and every kind of bad file, which leaves nothing stored.
 */
@IntegrationTest
public class SourceImportIT {

	@LocalServerPort
	int port;

	/**
	 * A short English article of our own, made a different article by the marker: a
	 * number from it every few words, so no two share their word 5-shingles.
	 */
	public static String article(String marker) {
		Random numbers = new Random(marker.hashCode());
		StringBuilder out = new StringBuilder();
		int words = 0;
		for (String line : template(marker).split("\n", -1)) {
			for (String word : line.split(" ")) {
				out.append(word).append(' ');
				if (++words % 4 == 0) {
					out.append(numbers.nextInt(100_000)).append(' ');
				}
			}
			out.append('\n');
		}
		return out.toString().strip();
	}

	static String template(String marker) {
		return """
				VIENTIANE - Lao Minister of Public Security General Vilay Lakhamphong received a delegation of
				the Vietnamese Ministry of Public Security led by Deputy Minister Nguyen Van Long on Tuesday.
				The two sides agreed to step up the exchange of information on drug trafficking along the shared
				border, to train more investigators together and to hold a joint review of their cooperation plan
				before the end of the year. The Lao minister thanked the Vietnamese side for the equipment it
				donated to border posts in Houaphanh province last spring, and proposed a joint training course
				on cybercrime for young officers. Reference %s.
				""".formatted(marker);
	}

	static String marker() {
		return "ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	Http editor() {
		return TestUsers.create(port, "src-editor", "MPS", "RESTRICTED", "EDITOR").http();
	}

	static long total(Http http) {
		Http.Response list = http.get("/api/v1/sources?size=1");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("totalItems").asLong();
	}

	@Test
	void aPastedArticleKeepsItsDateLanguageHashAndImporter() {
		TestUsers.User editor = TestUsers.create(port, "src-paste", "MPS", "RESTRICTED", "EDITOR");
		String marker = marker();
		Http.Response created = editor.http()
			.post("/api/v1/sources", Map.of("text", " date 2025-03-04 " + article(marker), "outlet", "Lao News Agency",
					"url", "https://example.org/news/" + marker));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode a = created.json();
		assertThat(a.get("published").asString()).isEqualTo("2025-03-04");
		assertThat(a.get("language").asString()).isEqualTo("en");
		assertThat(a.get("text").asString()).startsWith("VIENTIANE").contains(marker);
		assertThat(a.get("title").asString()).startsWith("VIENTIANE - Lao");
		assertThat(a.get("contentHash").asString()).hasSize(64);
		assertThat(a.get("state").asString()).isEqualTo("PENDING");
		assertThat(a.get("importedBy").asString()).isEqualTo(editor.username());
		assertThat(a.get("ownerAgency").asString()).isEqualTo("MPS");
		String id = a.get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/sources/" + id);

		// listed, found by its outlet, and audited
		JsonNode list = editor.http().get("/api/v1/sources?q=lao+news&state=pending&size=200").json();
		assertThat(list.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
		JsonNode audit = TestUsers.admin(port)
			.get("/api/v1/admin/audit?recordType=SourceArticle&recordId=" + id)
			.json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("action").asString())).containsExactly("CREATE");
		assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo(editor.username());

		// the other ministry's users read it too: it is public press
		Http minint = TestUsers.create(port, "src-minint-viewer", "MININT", "UNCLASSIFIED", "VIEWER").http();
		assertThat(minint.get("/api/v1/sources/" + id).status()).isEqualTo(200);
	}

	@Test
	void theSameArticleTwiceIsRecognisedExactlyAndNearly() {
		Http editor = editor();
		String marker = marker();
		String text = article(marker);
		Http.Response first = editor.post("/api/v1/sources", Map.of("text", text));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		String id = first.json().get("id").asString();
		long before = total(editor);

		// the same text, re-wrapped and in capitals: the content hash
		Http.Response again = editor.post("/api/v1/sources",
				Map.of("text", text.replace("\n", " ").toUpperCase(), "title", "Another title"));
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(again.json().get("existing").asString()).isEqualTo(id);
		assertThat(again.json().get("exact").asBoolean()).isTrue();
		assertThat(again.json().get("href").asString()).isEqualTo("/sources/" + id);

		// a copy another site ran with its own credit lines: near-duplicate
		String copy = "(KPL) " + text.replace(".\n", ". \n\n") + " Photo: KPL";
		Http.Response near = editor.post("/api/v1/sources", Map.of("text", copy));
		assertThat(near.status()).as(near.body()).isEqualTo(409);
		assertThat(near.json().get("existing").asString()).isEqualTo(id);
		assertThat(near.json().get("exact").asBoolean()).isFalse();
		assertThat(near.json().get("similarity").asDouble()).isGreaterThanOrEqualTo(0.9).isLessThan(1.0);

		// uploaded as a file it is the same article as well
		SourceUploads uploads = new SourceUploads(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		SourceUploads.Answer file = uploads.upload("copy.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8),
				Map.of());
		assertThat(file.status()).as(file.body()).isEqualTo(409);
		assertThat(total(editor)).isEqualTo(before);

		// a different article on the same subject is stored
		String other = article(marker()).replace("drug trafficking", "human trafficking")
			.replace("Houaphanh", "Bokeo")
			.replace("cybercrime", "forensic accounting")
			.replace("Tuesday", "Thursday")
			.replace("investigators", "border guards");
		Http.Response third = editor.post("/api/v1/sources", Map.of("text", other));
		assertThat(third.status()).as(third.body()).isEqualTo(201);
	}

	@Test
	void filesOfEveryKindAreReadWithTika() throws Exception {
		TestUsers.User user = TestUsers.create(port, "src-upload", "MPS", "RESTRICTED", "EDITOR");
		SourceUploads uploads = new SourceUploads(port, user.username(), TestUsers.PASSWORD);

		String html = """
				<html><head><title>Viet Nam and Laos step up border cooperation %s</title>
				<meta property="article:published_time" content="2025-05-06T08:00:00+07:00"></head>
				<body><nav>Home | Politics | Society | Sports</nav><article><p>%s</p></article>
				<footer>Copyright the agency</footer></body></html>
				""".formatted(marker(), article(marker()));
		SourceUploads.Answer fromHtml = uploads.upload("story.html", "text/html", html.getBytes(StandardCharsets.UTF_8),
				Map.of("outlet", "KPL"));
		assertThat(fromHtml.status()).as(fromHtml.body()).isEqualTo(201);
		assertThat(fromHtml.json().get("title").asString()).startsWith("Viet Nam and Laos step up border");
		assertThat(fromHtml.json().get("published").asString()).isEqualTo("2025-05-06");
		// the menu stays in the text: the extractor tells the article from it
		assertThat(fromHtml.json().get("text").asString()).contains("Home | Politics").contains("VIENTIANE");
		assertThat(fromHtml.json().get("label").asString()).isEqualTo("story");

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			for (String paragraph : article(marker()).split("\n")) {
				doc.createParagraph().createRun().setText(paragraph);
			}
			doc.write(docx);
		}
		SourceUploads.Answer fromDocx = uploads.upload("talks.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.toByteArray(),
				Map.of("published", "2025-06-01"));
		assertThat(fromDocx.status()).as(fromDocx.body()).isEqualTo(201);
		assertThat(fromDocx.json().get("text").asString()).contains("VIENTIANE").contains("Houaphanh");
		assertThat(fromDocx.json().get("published").asString()).isEqualTo("2025-06-01");

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.withHtmlContent("<html><body><p>" + article(marker()) + "</p></body></html>", null);
		builder.toStream(pdf);
		builder.run();
		SourceUploads.Answer fromPdf = uploads.upload("talks.pdf", "application/pdf", pdf.toByteArray(), Map.of());
		assertThat(fromPdf.status()).as(fromPdf.body()).isEqualTo(201);
		assertThat(fromPdf.json().get("text").asString()).contains("Houaphanh");

		// Spanish in Windows-1252, read as such
		String spanish = """
				LA HABANA - El ministro del Interior de Cuba recibió este lunes a una delegación del Ministerio de
				Seguridad Pública de Vietnam, encabezada por un viceministro. Ambas partes acordaron ampliar la
				cooperación en la formación de oficiales, la lucha contra el narcotráfico y la protección de la
				información, y revisaron el cumplimiento del acuerdo de cooperación vigente entre los dos
				ministerios. El ministro agradeció la donación de equipos y propuso un intercambio de expertos
				en medicina forense para el próximo año. Referencia %s.
				""".formatted(marker());
		SourceUploads.Answer latin = uploads.upload("granma.txt", "text/plain",
				spanish.getBytes(Charset.forName("windows-1252")), Map.of());
		assertThat(latin.status()).as(latin.body()).isEqualTo(201);
		assertThat(latin.json().get("text").asString()).contains("recibió este lunes a una delegación");
		assertThat(latin.json().get("language").asString()).isEqualTo("es");
	}

	@Test
	void badFilesGetAClearReasonAndNothingIsStored() {
		TestUsers.User user = TestUsers.create(port, "src-bad", "MPS", "RESTRICTED", "EDITOR");
		SourceUploads uploads = new SourceUploads(port, user.username(), TestUsers.PASSWORD);
		long before = total(user.http());

		byte[] random = new byte[64 * 1024];
		new Random(42).nextBytes(random);
		byte[] exe = new byte[32 * 1024];
		new Random(43).nextBytes(exe);
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] large = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		String csv = "name,rank,agency\nTo Lam,General,MPS\nLe Van Tuyen,Lieutenant General,MPS\n".repeat(20);
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("empty.txt", new byte[0]);
		files.put("random.txt", random);
		files.put("setup.exe", exe);
		files.put("huge.txt", large);
		files.put("people.csv", csv.getBytes(StandardCharsets.UTF_8));
		files.put("table.txt", csv.getBytes(StandardCharsets.UTF_8));
		files.put("note.txt", "Minister met minister.".getBytes(StandardCharsets.UTF_8));
		files.put("broken.pdf",
				"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj trailer".getBytes(StandardCharsets.UTF_8));
		Map<String, String> reasons = Map.of("empty.txt", "sources.import.empty", "random.txt", "sources.import.binary",
				"setup.exe", "sources.import.unsupported.type", "huge.txt", "sources.import.too.large", "people.csv",
				"sources.import.not.article", "table.txt", "sources.import.not.article", "note.txt",
				"sources.import.not.article", "broken.pdf", "sources.import.unreadable");
		files.forEach((name, bytes) -> {
			SourceUploads.Answer answer = uploads.upload(name, "application/octet-stream", bytes, Map.of());
			assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(400);
			JsonNode error = answer.json().get("errors").get(0);
			assertThat(error.get("field").asString()).as(name).isEqualTo("file");
			assertThat(error.get("reason").asString()).as(name).isEqualTo(reasons.get(name));
			assertThat(error.get("message").asString()).as(name).startsWith("Or a file: ").doesNotContain("reason.");
		});

		// pasted text and metadata are checked the same way
		Http http = user.http();
		assertThat(reason(http.post("/api/v1/sources", Map.of("text", "   ")))).isEqualTo("text:sources.import.empty");
		assertThat(reason(http.post("/api/v1/sources", Map.of("text", "Three words only."))))
			.isEqualTo("text:sources.import.not.article");
		assertThat(reason(http.post("/api/v1/sources", Map.of("text", article(marker()), "url", "ftp://x.org/a"))))
			.isEqualTo("url:sources.import.url");
		assertThat(reason(http.post("/api/v1/sources", Map.of("text", article(marker()), "published", "2025-13-01"))))
			.isEqualTo("published:invalid.date");
		assertThat(total(http)).isEqualTo(before);
	}

	static String reason(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		JsonNode e = response.json().get("errors").get(0);
		return e.get("field").asString() + ":" + e.get("reason").asString();
	}

	@Test
	void rolesAndMinistriesAreChecked() {
		Http editor = editor();
		Http.Response created = editor.post("/api/v1/sources", Map.of("text", article(marker())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		assertThat(new Http(port).get("/api/v1/sources").status()).isEqualTo(401);
		assertThat(new Http(port).post("/api/v1/sources", Map.of("text", article(marker()))).status()).isEqualTo(401);
		Http viewer = TestUsers.create(port, "src-viewer", "MPS", "RESTRICTED", "VIEWER").http();
		assertThat(viewer.get("/api/v1/sources/" + id).status()).isEqualTo(200);
		assertThat(viewer.post("/api/v1/sources", Map.of("text", article(marker()))).status()).isEqualTo(403);
		assertThat(viewer.post("/api/v1/sources/" + id + "/reject", Map.of("reason", "no")).status()).isEqualTo(403);
		assertThat(viewer.post("/api/v1/sources/" + id + "/accept", Map.of()).status()).isEqualTo(403);

		// an editor of the other ministry reads it but does not review it
		Http minint = TestUsers.create(port, "src-minint", "MININT", "RESTRICTED", "EDITOR").http();
		assertThat(minint.get("/api/v1/sources/" + id).status()).isEqualTo(200);
		assertThat(minint.post("/api/v1/sources/" + id + "/reject", Map.of("reason", "not ours")).status())
			.isEqualTo(403);
		assertThat(minint.get("/api/v1/sources/" + UUID.randomUUID()).status()).isEqualTo(404);

		// rejection needs a reason, is audited, and happens once
		assertThat(reason(editor.post("/api/v1/sources/" + id + "/reject", Map.of()))).isEqualTo("reason:required");
		Http.Response rejected = editor.post("/api/v1/sources/" + id + "/reject",
				Map.of("reason", "About another partnership"));
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
		assertThat(editor.get("/api/v1/sources/" + id).json().get("rejectReason").asString())
			.isEqualTo("About another partnership");
		assertThat(reason(editor.post("/api/v1/sources/" + id + "/reject", Map.of("reason", "again"))))
			.isEqualTo("state:sources.review.not.pending");
		List<String> actions = TestUsers.admin(port)
			.get("/api/v1/admin/audit?recordType=SourceArticle&recordId=" + id)
			.json()
			.get("items")
			.valueStream()
			.map(e -> e.get("action").asString())
			.toList();
		assertThat(actions).containsExactly("REJECT", "CREATE");
	}

}
