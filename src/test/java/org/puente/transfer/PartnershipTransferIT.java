package org.puente.transfer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteApplication;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole partnership exported from the demo instance restores into a second, empty
 * Puente bit for bit: the same rows, ids and stamps, documents with the same bytes, an
 * intact audit chain, and search that finds the restored records. Only system
 * administrators may export or import, and nothing already held is overwritten.
 */
@IntegrationTest
class PartnershipTransferIT {

	private static final String EXPORT = "/api/v1/admin/partnerships/MPS-MININT/export";

	private static final String IMPORT = "/api/v1/admin/partnerships/import";

	@LocalServerPort
	int port;

	@Test
	void aPartnershipRoundTripsIntoAnEmptyInstanceBitForBit() throws Exception {
		Http admin = TestUsers.admin(port);
		JsonNode framework = admin.get("/api/v1/registry/agreements?partnership=MPS-MININT&size=50")
			.json()
			.get("items")
			.valueStream()
			.filter(a -> a.get("kind").asString().equals("FRAMEWORK"))
			.findFirst()
			.orElseThrow();
		String frameworkId = framework.get("id").asString();
		byte[] pdf = ("%PDF-1.4\n% framework agreement scan " + UUID.randomUUID() + "\n")
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<byte[]> uploaded = raw(port, "POST",
				"/api/v1/registry/agreements/" + frameworkId + "/documents?name=framework.pdf", "application/pdf", pdf);
		assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		String documentId = Http.JSON.readTree(uploaded.body()).get("id").asString();

		Http.Response exported = admin.get(EXPORT);
		assertThat(exported.status()).as(exported.body()).isEqualTo(200);
		assertThat(exported.header("Content-Type")).startsWith("application/json");
		assertThat(exported.header("Content-Disposition")).startsWith("attachment");
		JsonNode original = exported.json();
		assertThat(original.get("format").asString()).isEqualTo("puente-partnership/1");
		assertThat(original.get("partnership").asString()).isEqualTo("MPS-MININT");
		JsonNode tables = original.get("tables");
		assertThat(tables.get("engagement").size()).isGreaterThan(3);
		assertThat(tables.get("person").size()).isGreaterThan(3);
		assertThat(tables.get("agreement_document").valueStream().map(d -> d.get("id").asString()))
			.contains(documentId);
		assertThat(admin.get(EXPORT).json().get("tables")).as("two exports of the same data").isEqualTo(tables);

		Path dataDir = Files.createTempDirectory("puente-transfer");
		ConfigurableApplicationContext second = emptyPuente(dataDir);
		try {
			int port2 = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			Http admin2 = TestUsers.admin(port2);
			assertThat(admin2.get("/api/v1/registry/search?q=alvarez%20casas").json().get("hits")).isEmpty();

			Http.Response malformed = admin2.raw("POST", IMPORT, "{\"format\": ");
			assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
			assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
			assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
			Http.Response wrongFormat = admin2.post(IMPORT, Map.of("format", "zip", "partnership", "MPS-MININT"));
			assertThat(wrongFormat.status()).isEqualTo(400);
			assertThat(wrongFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
			Http.Response unknownTable = admin2.post(IMPORT, Map.of("format", "puente-partnership/1", "partnership",
					"MPS-MININT", "tables", Map.of("app_user", List.of())));
			assertThat(unknownTable.status()).isEqualTo(400);
			assertThat(unknownTable.json().get("errors").get(0).get("field").asString()).isEqualTo("tables.app_user");

			Http.Response imported = admin2.post(IMPORT, exported.body());
			assertThat(imported.status()).as(imported.body()).isEqualTo(200);
			assertThat(imported.json().get("partnership").asString()).isEqualTo("MPS-MININT");
			assertThat(imported.json().get("sha256").asString())
				.isEqualTo(sha256(exported.body().getBytes(StandardCharsets.UTF_8)));
			assertThat(imported.json().get("rows").get("engagement").asInt())
				.isEqualTo(tables.get("engagement").size());

			JsonNode restored = admin2.get(EXPORT).json();
			assertThat(Http.JSON.writeValueAsString(restored.get("tables")))
				.isEqualTo(Http.JSON.writeValueAsString(tables));

			JsonNode verified = admin2.get("/api/v1/admin/audit/verify").json();
			assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
			JsonNode audited = admin2.get("/api/v1/admin/audit?action=IMPORT").json().get("items");
			assertThat(audited.size()).isEqualTo(1);
			assertThat(audited.get(0).get("recordType").asString()).isEqualTo("Partnership");

			JsonNode hits = admin2.get("/api/v1/registry/search?q=alvarez%20casas").json().get("hits");
			assertThat(hits.valueStream()
				.filter(h -> h.get("type").asString().equals("ENGAGEMENT"))
				.map(h -> h.get("date").asString())).anyMatch(d -> d.startsWith("2025-08"));

			HttpResponse<byte[]> document = raw(port2, "GET",
					"/api/v1/registry/agreements/" + frameworkId + "/documents/" + documentId, null, null);
			assertThat(document.statusCode()).isEqualTo(200);
			assertThat(sha256(document.body())).isEqualTo(sha256(pdf));

			Http.Response again = admin2.post(IMPORT, exported.body());
			assertThat(again.status()).as(again.body()).isEqualTo(409);
			assertThat(again.header("Content-Type")).startsWith("application/problem+json");
			assertThat(again.json().get("table").asString()).isEqualTo("partnership");
			assertThat(Http.JSON.writeValueAsString(admin2.get(EXPORT).json().get("tables")))
				.as("nothing changed by the refused import")
				.isEqualTo(Http.JSON.writeValueAsString(tables));
			assertThat(admin2.get("/api/v1/admin/audit/verify").json().get("checked").asLong())
				.isEqualTo(verified.get("checked").asLong());
		}
		finally {
			second.close();
		}
	}

	@Test
	void onlySystemAdministratorsMayExportOrImport() {
		TestUsers.User agencyAdmin = TestUsers.create(port, "transfer-admin", "MPS", "SECRET", "ADMIN");
		assertThat(agencyAdmin.http().get(EXPORT).status()).isEqualTo(403);
		assertThat(agencyAdmin.http().post(IMPORT, Map.of("format", "puente-partnership/1")).status()).isEqualTo(403);
		assertThat(new Http(port).get(EXPORT).status()).isEqualTo(401);
		assertThat(new Http(port).post(IMPORT, Map.of()).status()).isEqualTo(401);
		assertThat(TestUsers.admin(port).get("/api/v1/admin/partnerships/NOPE/export").status()).isEqualTo(404);
	}

	/** A second Puente in this JVM with an empty database (reference directory only). */
	private static ConfigurableApplicationContext emptyPuente(Path dataDir) {
		String db = "jdbc:h2:mem:transfer-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		// Command-line arguments: they win over the system properties of a test run.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + db,
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=5", "--puente.demo.enabled=false",
				"--PUENTE_ADMIN_USERNAME=" + TestUsers.ADMIN, "--PUENTE_ADMIN_PASSWORD=" + TestUsers.ADMIN_PASSWORD,
				"--PUENTE_ADMIN_AGENCY=MPS", "--server.servlet.session.cookie.secure=false",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
				"--puente.data-dir=" + dataDir));
		return new SpringApplicationBuilder(PuenteApplication.class).run(args.toArray(String[]::new));
	}

	private static HttpResponse<byte[]> raw(int port, String method, String path, String contentType, byte[] body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
