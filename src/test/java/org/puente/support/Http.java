package org.puente.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for integration tests: JSON in, JSON out. */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private String authorization;

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The same server, signed in with HTTP Basic. */
	public Http as(String username, String password) {
		Http other = new Http(this.base);
		other.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return other;
	}

	/** The same server, signed in with a personal API token. */
	public Http bearer(String token) {
		Http other = new Http(this.base);
		other.authorization = "Bearer " + token;
		return other;
	}

	private Http(String base) {
		this.base = base;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)), "POST", body, null);
	}

	public Response put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)), "PUT", body, null);
	}

	public Response put(String path, Object body, String ifMatch) {
		return send(HttpRequest.newBuilder(URI.create(base + path)), "PUT", body, ifMatch);
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), null);
	}

	/** Any method, with a raw body (for malformed-JSON tests). */
	public Response raw(String method, String path, String body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return send(builder, null);
	}

	private Response send(HttpRequest.Builder builder, String method, Object body, String ifMatch) {
		String json = body instanceof String s ? s : JSON.writeValueAsString(body);
		builder.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (ifMatch != null) {
			builder.header("If-Match", ifMatch);
		}
		return send(builder, null);
	}

	private Response send(HttpRequest.Builder builder, Object ignored) {
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		builder.header("Accept", "application/json, application/problem+json");
		try {
			HttpResponse<String> response = client.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed on demand. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

	}

}
