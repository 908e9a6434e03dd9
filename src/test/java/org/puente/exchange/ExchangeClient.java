package org.puente.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.puente.support.Http;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls of the exchange API the integration tests share. */
final class ExchangeClient {

	static final String BASE = "/api/v1/exchange";

	private ExchangeClient() {
	}

	static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		return response.json();
	}

	static List<String> refusedFields(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	static String marker() {
		return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A case opened by the editor with these agencies taking part. */
	static JsonNode openCase(Http editor, String title, String... agencies) {
		return ok(editor.post(BASE + "/cases", Map.of("title", title, "priority", "HIGH", "areas",
				List.of("crime-hitech"), "agencies", List.of(agencies))));
	}

	static Map<String, Object> message(String subject, String text, String classification, String... to) {
		Map<String, Object> m = new HashMap<>();
		m.put("addressees", List.of(to));
		m.put("subject", subject);
		m.put("text", text);
		m.put("language", "en");
		m.put("classification", classification);
		m.put("handlingCodes", List.of("H0"));
		m.put("sourceReliability", "B");
		m.put("informationAccuracy", 2);
		m.put("requestType", "REQUEST_FOR_INFORMATION");
		m.put("urgency", "NORMAL");
		return m;
	}

	static JsonNode send(Http sender, String caseId, Map<String, Object> message) {
		return ok(sender.post(BASE + "/cases/" + caseId + "/messages", message));
	}

	static List<String> ids(JsonNode items) {
		List<String> out = new ArrayList<>();
		items.valueStream().forEach(i -> out.add(i.get("id").asString()));
		return out;
	}

	/** Uploads a file as multipart form data (the shared client speaks JSON only). */
	static Http.Response upload(int port, TestUsers.User user, String name, byte[] content) {
		String boundary = "----puente" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + BASE + "/attachments"))
			.header("Authorization", basic(user))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return new Http.Response(send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	/** Downloads bytes with their headers. */
	static HttpResponse<byte[]> download(int port, TestUsers.User user, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(user))
			.GET()
			.build();
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String basic(TestUsers.User user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HttpClient.newHttpClient().send(request, handler);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
