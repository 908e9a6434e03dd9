package org.puente.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like client for the exchange pages: signs in through the login form, keeps
 * the session cookie, reads pages, bytes (PDF, JSON) and the live event stream.
 */
final class PageSession {

	private final HttpClient client;

	private final String base;

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	record Answer(int status, String contentType, String location, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		Document html() {
			return Jsoup.parse(text());
		}

	}

	static PageSession signIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		Answer login = session.get("/login");
		String csrf = login.html().selectFirst("input[name=_csrf]").attr("value");
		Answer answer = session.post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
		if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + answer.status());
		}
		return session;
	}

	static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	Answer post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The CSRF token of a page's forms. */
	static String csrf(Answer page) {
		return page.html().selectFirst("input[name=_csrf]").attr("value");
	}

	private Answer send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> response = client.send(builder.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The live stream, read in the background: every "event: name / data: x" pair. */
	Stream stream() {
		try {
			HttpResponse<InputStream> response = client
				.send(HttpRequest.newBuilder(URI.create(base + "/exchange/stream"))
					.header("Accept", "text/event-stream")
					.GET()
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			Stream stream = new Stream(response.statusCode(), new CopyOnWriteArrayList<>(), response.body());
			Thread reader = new Thread(stream::read, "sse-reader");
			reader.setDaemon(true);
			reader.start();
			return stream;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Stream(int status, List<String> events, InputStream body) {

		void read() {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
				String event = "message";
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("event:")) {
						event = line.substring(6).trim();
					}
					else if (line.startsWith("data:")) {
						events.add(event + " " + line.substring(5).trim());
					}
					else if (line.isEmpty()) {
						event = "message";
					}
				}
			}
			catch (IOException ex) {
				// closed by the test
			}
		}

		void close() {
			try {
				body.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

}
