package org.puente.screening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.puente.support.Http;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening calls the tests make: entries, checks, raw uploads and waiting for jobs. */
final class ScreeningClient {

	private ScreeningClient() {
	}

	/** A person entry with sensible defaults; {@code extra} overrides fields. */
	static JsonNode person(TestUsers.User editor, String fullName, String birthDate, Map<String, Object> extra) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("fullName", fullName, "category",
				"WANTED_INFORMATION", "legalBasis", "Decision 17/2026 of the investigating agency", "handlingCode",
				"H1", "nationalities", List.of("VN")));
		if (birthDate != null) {
			body.put("birthDate", birthDate);
		}
		body.putAll(extra);
		Http.Response created = editor.http().post("/api/v1/screening/persons", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	static Http.Response check(TestUsers.User user, String name, String birthDate, String purpose) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("names", List.of(name));
		if (birthDate != null) {
			body.put("birthDate", birthDate);
		}
		body.put("purposeCategory", "BORDER_CONTROL");
		body.put("purpose", purpose);
		return user.http().post("/api/v1/screening/checks", body);
	}

	/** A POST with a raw body of the given type, as the user (HTTP Basic). */
	static Http.Response upload(int port, TestUsers.User user, String path, String contentType, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return new Http.Response(HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Polls a job until it has finished; fails after two minutes. */
	static JsonNode await(TestUsers.User user, String jobId) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = user.http().get("/api/v1/screening/jobs/" + jobId).json();
			if (!"RUNNING".equals(job.get("state").asString())) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("job " + jobId + " still running");
	}

}
