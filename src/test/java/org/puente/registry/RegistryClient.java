package org.puente.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.puente.support.Http;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Shortcuts for registry tests: demo records, forms, raw requests (CSV, files). */
final class RegistryClient {

	static final String BASE = "/api/v1/registry";

	private RegistryClient() {
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		return response.json();
	}

	static List<JsonNode> items(Http.Response response) {
		return ok(response).get("items").valueStream().toList();
	}

	static String personId(Http http, String query) {
		return ok(http.get("/api/v1/people?q=" + q(query))).get("items").get(0).get("id").asString();
	}

	static JsonNode framework(Http http) {
		return items(http.get(BASE + "/agreements?partnership=MPS-MININT&size=50")).stream()
			.filter(a -> a.get("kind").asString().equals("FRAMEWORK"))
			.findFirst()
			.orElseThrow();
	}

	static List<String> refusedFields(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	static Map<String, Object> texts(String en) {
		return Map.of("vi", "Bản tiếng Việt: " + en, "es", "Versión en español: " + en, "en", en);
	}

	static Map<String, Object> talks(String title, String... extra) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("partnership", "MPS-MININT");
		form.put("kind", "TALKS");
		form.put("title", texts(title));
		form.put("startDate", "2026-03-10");
		form.put("placeCity", "Hà Nội");
		form.put("placeCountry", "VN");
		form.put("hostAgency", "MPS");
		form.put("guestAgency", "MININT");
		form.put("sources", List.of("test"));
		for (int i = 0; i + 1 < extra.length; i += 2) {
			form.put(extra[i], extra[i + 1]);
		}
		return form;
	}

	static Map<String, Object> commitment(String engagementId, String en) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("originEngagement", engagementId);
		form.put("text", Map.of("en", en));
		form.put("agreedBy", "BOTH");
		form.put("areas", List.of("cybersecurity"));
		form.put("responsibleAgency", "MPS");
		form.put("sources", List.of("test"));
		return form;
	}

	static Map<String, Object> status(String status, String note, long version) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("status", status);
		form.put("note", note);
		form.put("version", version);
		return form;
	}

	/**
	 * A GET or POST with any Accept or Content-Type and a raw body, signed in as admin.
	 */
	static HttpResponse<byte[]> raw(int port, String method, String path, String accept, String contentType,
			byte[] body, String username, String password) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", accept)
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		try {
			return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<byte[]> asAdmin(int port, String method, String path, String accept, String contentType,
			byte[] body) {
		return raw(port, method, path, accept, contentType, body, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

}
