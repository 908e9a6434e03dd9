package org.puente.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.puente.support.Http;

/**
 * A client that keeps bytes as bytes: PDFs from the document forms (signed in through the
 * login form, CSRF token included) and from the API (HTTP Basic).
 */
final class PdfSession {

	private final HttpClient client;

	private final String base;

	private final String authorization;

	private PdfSession(int port, String authorization) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** An answer: status, headers and the body as bytes. */
	record Answer(int status, String contentType, String disposition, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		org.jsoup.nodes.Document html() {
			return Jsoup.parse(text());
		}

	}

	static PdfSession api(int port, String username, String password) {
		return new PdfSession(port, "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	static PdfSession browser(int port, String username, String password) {
		PdfSession session = new PdfSession(port, null);
		Answer login = session.get("/login");
		Answer answer = session.post("/login",
				Map.of("username", username, "password", password, "_csrf", csrf(login)));
		if (answer.status() != 302) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + answer.status());
		}
		return session;
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
	}

	Answer post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/pdf")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * Fills the page's form (its values and CSRF token, then {@code changes}) and posts
	 * it.
	 */
	Answer submit(String path, Map<String, String> changes) {
		Answer page = get(path);
		if (page.status() != 200) {
			return page;
		}
		Element form = page.html().selectFirst("form.form");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String value = switch (input.tagName()) {
				case "textarea" -> input.wholeText();
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					yield selected == null ? input.selectFirst("option").attr("value") : selected.attr("value");
				}
				default -> input.attr("value");
			};
			fields.put(input.attr("name"), value);
		}
		fields.putAll(changes);
		if (form.attr("action").isBlank()) {
			throw new IllegalStateException("form without action on " + path + ": " + form);
		}
		Answer answer = post(form.attr("action"), fields);
		if (answer.status() == 405) {
			throw new IllegalStateException("405 for " + form.attr("action") + " " + fields);
		}
		return answer;
	}

	Answer postJson(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/pdf, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	private Answer send(HttpRequest.Builder builder) {
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		try {
			HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(Answer page) {
		Element input = page.html().selectFirst("input[name=_csrf]");
		return input != null ? input.attr("value") : page.html().selectFirst("meta[name=_csrf]").attr("content");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
