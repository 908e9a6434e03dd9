package org.puente.support;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signed-in browser for page tests: keeps the session cookie, reads pages as HTML and
 * posts forms the way a browser does, CSRF token included. Redirects are not followed, so
 * a test sees where a form sends the user.
 */
public final class BrowserSession {

	private final HttpClient client;

	private final String base;

	private BrowserSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in through the login form; fails unless the server accepts the password. */
	public static BrowserSession signIn(int port, String username, String password) {
		BrowserSession session = new BrowserSession(port);
		Page login = session.get("/login");
		Page answer = session.post("/login", Map.of("username", username, "password", password, "_csrf", login.csrf()));
		String location = answer.location();
		if (answer.status() != 302 || location == null || location.contains("/login")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + answer.status() + " " + location);
		}
		return session;
	}

	/** A GET that asks for JSON, as a page's script does. */
	public Page getJson(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts form fields as a browser would (application/x-www-form-urlencoded). */
	public Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * Fills the form matched by {@code selector} on {@code page}: the values it already
	 * holds (hidden fields, CSRF token, selected options), then {@code changes}, and
	 * submits it to its action.
	 */
	public Page submit(Page page, String selector, Map<String, String> changes) {
		Element form = page.html().selectFirst(selector);
		if (form == null) {
			throw new IllegalArgumentException("No form " + selector + " on the page");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			String value = switch (input.tagName()) {
				case "textarea" -> input.wholeText();
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					if (selected == null) {
						selected = input.selectFirst("option");
					}
					yield selected == null ? "" : selected.attr("value");
				}
				default -> input.attr("value");
			};
			fields.put(name, value);
		}
		fields.putAll(changes);
		String action = form.attr("action");
		return post(action.isEmpty() ? page.path() : action, fields);
	}

	private Page send(HttpRequest.Builder builder) {
		HttpRequest request = builder.header("Accept", "text/html").build();
		try {
			HttpResponse<String> response = client.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(request.uri().getRawPath(), response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One answer from the server. */
	public record Page(String path, int status, String body, String location) {

		public Document html() {
			return Jsoup.parse(body);
		}

		/**
		 * The CSRF token of the page: a form's hidden field, else the layout's meta tag.
		 */
		public String csrf() {
			Document html = html();
			Element input = html.selectFirst("input[name=_csrf]");
			if (input != null) {
				return input.attr("value");
			}
			Element meta = html.selectFirst("meta[name=_csrf]");
			if (meta != null) {
				return meta.attr("content");
			}
			throw new IllegalStateException("No CSRF token on " + path);
		}

	}

}
