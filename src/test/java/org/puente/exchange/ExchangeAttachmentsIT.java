package org.puente.exchange;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.exchange.internal.ExchangeSettings;
import org.puente.shared.Sha256;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.exchange.ExchangeClient.BASE;
import static org.puente.exchange.ExchangeClient.message;
import static org.puente.exchange.ExchangeClient.ok;
import static org.puente.exchange.ExchangeClient.openCase;
import static org.puente.exchange.ExchangeClient.refusedFields;
import static org.puente.exchange.ExchangeClient.send;
import static org.puente.exchange.ExchangeClient.upload;

/**
 * Attachments: size limit, type by content, checksum, stored as files outside the rows,
 * downloaded only by the message's readers and never as an active page.
 */
@IntegrationTest
class ExchangeAttachmentsIT {

	@LocalServerPort
	int port;

	@Autowired
	ExchangeSettings settings;

	@Test
	void filesAreCheckedStoredByChecksumAndDownloadedOnlyByReaders() throws Exception {
		User sender = TestUsers.create(port, "att-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "att-dgci", "MININT-DGCI", "SECRET", "VIEWER");
		User cimeq = TestUsers.create(port, "att-cimeq", "MININT-CIMEQ", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		byte[] pdf = ("%PDF-1.4\n% " + marker
				+ "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] text = ("Báo cáo an ninh mạng " + marker + "\nĐối tượng đã rời Hà Nội.\n")
			.getBytes(StandardCharsets.UTF_8);

		JsonNode uploadedPdf = ok(upload(port, sender, "báo cáo.pdf", pdf));
		assertThat(uploadedPdf.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(uploadedPdf.get("sha256").asString()).isEqualTo(Sha256.hex(pdf));
		assertThat(uploadedPdf.get("size").asLong()).isEqualTo(pdf.length);
		JsonNode uploadedText = ok(upload(port, sender, "ghi-chú.txt", text));
		assertThat(uploadedText.get("mediaType").asString()).isEqualTo("text/plain");

		// Stored once under its checksum, outside the database.
		Path stored = settings.attachmentFolder().resolve(Sha256.hex(pdf).substring(0, 2)).resolve(Sha256.hex(pdf));
		assertThat(stored).exists();
		assertThat(Files.readAllBytes(stored)).isEqualTo(pdf);

		String caseId = openCase(sender.http(), "Attachments " + marker, "MININT-DGCI", "MININT-CIMEQ").get("id")
			.asString();
		Map<String, Object> form = message("With files " + marker, "See attached", "RESTRICTED", "MININT-DGCI");
		form.put("attachments", List.of(uploadedPdf.get("id").asString(), uploadedText.get("id").asString()));
		JsonNode sent = send(sender.http(), caseId, form);
		String id = sent.get("id").asString();
		assertThat(sent.get("attachments").valueStream().map(a -> a.get("name").asString()).toList())
			.containsExactly("báo cáo.pdf", "ghi-chú.txt");
		// An upload belongs to one message only, and only its uploader attaches it.
		Map<String, Object> again = message("Again " + marker, "Same file", "RESTRICTED", "MININT-DGCI");
		again.put("attachments", List.of(uploadedPdf.get("id").asString()));
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", again)))
			.containsExactly("attachments[0]");
		JsonNode foreign = ok(upload(port, cimeq, "other.txt", ("Other " + marker).getBytes(StandardCharsets.UTF_8)));
		again.put("attachments", List.of(foreign.get("id").asString()));
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", again)))
			.containsExactly("attachments[0]");

		String pdfPath = BASE + "/messages/" + id + "/attachments/" + uploadedPdf.get("id").asString();
		HttpResponse<byte[]> download = ExchangeClient.download(port, dgci, pdfPath);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''b%C3%A1o%20c%C3%A1o.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(Sha256.hex(download.body())).isEqualTo(uploadedPdf.get("sha256").asString());
		HttpResponse<byte[]> textDownload = ExchangeClient.download(port, dgci,
				BASE + "/messages/" + id + "/attachments/" + uploadedText.get("id").asString());
		assertThat(new String(textDownload.body(), StandardCharsets.UTF_8)).contains("Đối tượng đã rời Hà Nội");
		// Not addressed: not found. Under the wrong message: not found.
		assertThat(ExchangeClient.download(port, cimeq, pdfPath).statusCode()).isEqualTo(404);
		String other = send(sender.http(), caseId, message("Other " + marker, "No files", "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		assertThat(ExchangeClient
			.download(port, dgci, BASE + "/messages/" + other + "/attachments/" + uploadedPdf.get("id").asString())
			.statusCode()).isEqualTo(404);

		// A file changed on disk is caught by the case's verification.
		Files.write(stored, Arrays.copyOf(pdf, pdf.length - 3));
		JsonNode verification = ok(sender.http().get(BASE + "/cases/" + caseId + "/verification"));
		assertThat(verification.get("intact").asBoolean()).isFalse();
		assertThat(verification.get("firstBroken").get("problem").asString()).isEqualTo("attachment-changed");
		assertThat(verification.get("firstBroken").get("messageId").asString()).isEqualTo(id);
	}

	@Test
	void emptyOversizedActiveAndExecutableFilesAreRefused() {
		User sender = TestUsers.create(port, "att-refused", "MPS-A05", "SECRET", "EDITOR");
		User viewer = TestUsers.create(port, "att-viewer", "MPS-A05", "SECRET", "VIEWER");
		String marker = ExchangeClient.marker();
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[60] = (byte) 0x80;
		byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(pe, 0, exe, 0x80, pe.length);
		assertThat(reasons(upload(port, sender, "report.pdf", exe))).containsExactly("exchange.file.type.refused");
		byte[] html = ("<!DOCTYPE html><html><body><script>alert('" + marker + "')</script></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(reasons(upload(port, sender, "notes.txt", html))).containsExactly("exchange.file.type.refused");
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(reasons(upload(port, sender, "map.svg", svg))).containsExactly("exchange.file.type.refused");
		assertThat(reasons(upload(port, sender, "empty.txt", new byte[0]))).containsExactly("exchange.file.empty");
		byte[] big = new byte[(int) settings.attachmentMaxSize().toBytes() + 1];
		Arrays.fill(big, (byte) 'a');
		assertThat(reasons(upload(port, sender, "big.txt", big))).containsExactly("exchange.file.too.large");
		// Exactly at the limit is fine.
		byte[] limit = Arrays.copyOf(big, big.length - 1);
		limit[0] = 'b';
		limit[1] = (byte) marker.hashCode();
		assertThat(upload(port, sender, "limit.txt", limit).status()).isEqualTo(201);
		assertThat(upload(port, viewer, "viewer.txt", "hello".getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(403);
	}

	private static List<String> reasons(org.puente.support.Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		return response.json().get("errors").valueStream().map(e -> e.get("reason").asString()).toList();
	}

}
