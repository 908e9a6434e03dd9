package org.puente.registry.web;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists download as CSV and XLSX with the filters of the page and headers in the user's
 * language; the API's CSV keeps its machine headers.
 */
@IntegrationTest
class ExportsIT {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@LocalServerPort
	int port;

	/** A signed-in browser that keeps downloads as bytes. */
	final class Browser {

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Browser(String username, String password) throws Exception {
			String login = new String(get("/login").body(), StandardCharsets.UTF_8);
			String csrf = Jsoup.parse(login).selectFirst("input[name=_csrf]").attr("value");
			String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
			HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		}

		HttpResponse<byte[]> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		byte[] download(String path, String type) throws Exception {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
				.isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
			return response.body();
		}

		String text(String path) throws Exception {
			return new String(download(path, "text/"), StandardCharsets.UTF_8);
		}

	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A viewer of MPS who reads Puente in Spanish. */
	private Browser spanishViewer() throws Exception {
		String username = "es-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = TestUsers.admin(port)
			.post("/api/v1/admin/users",
					Map.of("username", username, "password", TestUsers.PASSWORD, "fullName", "Lectora " + username,
							"agency", "MPS", "roles", List.of("VIEWER"), "clearance", "UNCLASSIFIED", "language",
							"es"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Browser(username, TestUsers.PASSWORD);
	}

	private static List<Row> rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read();
		}
	}

	private static List<String> cells(Row row) {
		return row.stream().map(c -> c == null ? "" : c.getText()).toList();
	}

	@Test
	void engagementsDownloadAsXlsxInTheUsersLanguageWithTheFiltersOfThePage() throws Exception {
		Browser browser = spanishViewer();
		String page = new String(browser.get("/registry/engagements?kind=SIGNING_CEREMONY&to=2025-12-31").body(),
				StandardCharsets.UTF_8);
		String link = Jsoup.parse(page).selectFirst("a[href*=export.xlsx]").attr("href");
		assertThat(link).contains("kind=SIGNING_CEREMONY").contains("to=2025-12-31");
		assertThat(Jsoup.parse(page).selectFirst("a[href*=export.xlsx]").text()).isEqualTo("Descargar XLSX");

		List<Row> rows = rows(browser.download(link, XLSX));
		List<String> header = cells(rows.get(0));
		assertThat(header).startsWith("ID", "Tipo", "Título", "Fecha de inicio", "Fecha de fin")
			.contains("Ciudad", "Delegación", "Organismo propietario");
		List<Row> data = rows.subList(1, rows.size());
		assertThat(data).isNotEmpty().allSatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("SIGNING_CEREMONY"));
		Row signing = data.stream()
			.filter(r -> cells(r).stream().anyMatch(text -> text.contains("Lương Tam Quang")))
			.findFirst()
			.orElseThrow();
		assertThat(signing.getCellText(2)).isEqualTo("Ceremonia de firma del acuerdo de cooperación en ciberseguridad");
		int start = header.indexOf("Fecha de inicio");
		assertThat(signing.getCell(start).getType()).isEqualTo(CellType.NUMBER);
		assertThat(signing.getCellAsDate(start)).contains(LocalDateTime.of(2025, 8, 15, 0, 0));
		assertThat(signing.getCellText(header.indexOf("Ciudad"))).isEqualTo("Hà Nội");

		// The same rows as the CSV of the page.
		String csv = browser.text(link.replace("export.xlsx", "export.csv"));
		assertThat(csv.substring(1).split("\r\n")).hasSize(rows.size());
	}

	@Test
	void everyListDownloadsAsXlsxAndCsvWithLocalizedHeadersWhileTheApiKeepsMachineHeaders() throws Exception {
		Browser browser = spanishViewer();
		for (String type : List.of("agreements", "engagements", "commitments", "activities", "reviews")) {
			List<Row> rows = rows(browser.download("/registry/" + type + "/export.xlsx", XLSX));
			assertThat(cells(rows.get(0))).as(type).contains("ID").doesNotContain("id", "owner");
		}
		String csv = browser.text("/registry/agreements/export.csv?partnership=MPS-MININT&status=SIGNED");
		assertThat(csv).startsWith("\uFEFF");
		String[] lines = csv.substring(1).split("\r\n");
		assertThat(lines[0]).startsWith("ID,Tipo,Título,Título (vietnamita),Título (español),Título (inglés),Estado");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains("an ninh mạng");

		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of("/api/v1/registry/agreements/export.csv", "/api/v1/registry/agreements")) {
			HttpResponse<String> api = client.send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", basic)
				.header("Accept", "text/csv")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(api.statusCode()).as(path).isEqualTo(200);
			assertThat(api.body()).as(path).startsWith("\uFEFFid,kind,title,title_vi,title_es,title_en,status");
		}
	}

	@Test
	void peopleDownloadTheCurrentSearch() throws Exception {
		Browser browser = spanishViewer();
		String page = new String(browser.get("/directory/people?q=" + enc("Lương")).body(), StandardCharsets.UTF_8);
		String link = Jsoup.parse(page).selectFirst("a[href*=export.xlsx]").attr("href");
		assertThat(link).contains("q=");
		List<Row> rows = rows(browser.download(link, XLSX));
		assertThat(cells(rows.get(0))).containsExactly("ID", "Nombre completo", "País", "Grado actual", "Cargo actual");
		assertThat(rows.subList(1, rows.size())).isNotEmpty()
			.anySatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("Lương Tam Quang"))
			.allSatisfy(r -> assertThat(r.getCellText(1)).containsIgnoringCase("l"));

		String csv = browser.text(Jsoup.parse(page).selectFirst("a[href*=export.csv]").attr("href"));
		assertThat(csv).startsWith("\uFEFFID,Nombre completo,País").contains("Lương Tam Quang");
		String all = browser.text("/directory/people/export.csv");
		assertThat(all.split("\r\n").length).isGreaterThan(csv.split("\r\n").length);
	}

	@Test
	void aBadFilterAnswers400() throws Exception {
		Browser browser = spanishViewer();
		assertThat(browser.get("/registry/agreements/export.xlsx?from=not-a-date").statusCode()).isEqualTo(400);
		assertThat(browser.get("/registry/engagements/export.xlsx?sort=nonsense,asc").statusCode()).isEqualTo(400);
		assertThat(browser.get("/registry/commitments/export.csv?status=NOT_A_STATUS").statusCode()).isEqualTo(400);
		assertThat(browser.get("/registry/reviews/export.xlsx?person=abc").statusCode()).isEqualTo(400);
	}

}
