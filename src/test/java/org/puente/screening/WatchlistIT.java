package org.puente.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.puente.screening.internal.ScreeningJobs;
import org.puente.screening.internal.WatchlistImport;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watchlists belong to their ministry: its editors create, change and delete entries
 * (audited, deletion a recorded state); viewers only read; no other ministry reads or
 * changes them. Imports write every row or none, naming each bad row's line.
 */
@IntegrationTest
class WatchlistIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WatchlistImport imports;

	@Test
	void theOwnersEditorKeepsAnEntryAndEveryChangeIsAudited() {
		TestUsers.User editor = TestUsers.create(port, "wl-editor", "MPS", "CONFIDENTIAL", "EDITOR");
		JsonNode created = ScreeningClient.person(editor, "Phạm Thị Hồng Nhung", "1988-03-14", Map.of("aliases",
				List.of("Pham Thi Nhung"), "documents", List.of("C0456789"), "sex", "F", "validUntil", "2099-12-31"));
		String id = created.get("id").asString();
		assertThat(created.get("ownerAgency").asString()).isEqualTo("MPS");
		assertThat(created.get("contactUnit").asString()).isEqualTo("MPS");

		Http.Response read = editor.http().get("/api/v1/screening/persons/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("aliases").get(0).asString()).isEqualTo("Pham Thi Nhung");

		Map<String, Object> change = Map.of("fullName", "Phạm Thị Hồng Nhung", "birthDate", "1988", "category",
				"MISSING_PERSON", "legalBasis", "Report of 2 May 2026", "handlingCode", "H2");
		Http.Response updated = editor.http().put("/api/v1/screening/persons/" + id, change, read.header("ETag"));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("birthDate").asString()).isEqualTo("1988");
		// The same stale version again is refused.
		assertThat(editor.http().put("/api/v1/screening/persons/" + id, change, read.header("ETag")).status())
			.isEqualTo(412);

		assertThat(editor.http().delete("/api/v1/screening/persons/" + id).status()).isEqualTo(204);
		assertThat(editor.http().get("/api/v1/screening/persons?q=hong%20nhung").json().get("items").toString())
			.doesNotContain(id);
		assertThat(editor.http().get("/api/v1/screening/persons?q=hong%20nhung&deleted=true").json().toString())
			.contains(id);

		List<String> actions = jdbc.queryForList(
				"select action from audit_entry where record_type = 'WatchPerson' and record_id = ? order by seq",
				String.class, id);
		assertThat(actions).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(jdbc.queryForObject("select deleted from watch_person where id = ?", Boolean.class,
				UUID.fromString(id)))
			.isTrue();
	}

	@Test
	void viewersAndOtherMinistriesCannotTouchTheEntries() {
		TestUsers.User editor = TestUsers.create(port, "wl-own", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User viewer = TestUsers.create(port, "wl-viewer", "MPS", "CONFIDENTIAL", "VIEWER");
		TestUsers.User partner = TestUsers.create(port, "wl-partner", "MININT", "SECRET", "EDITOR");
		TestUsers.User unclassified = TestUsers.create(port, "wl-uncl", "MPS", "UNCLASSIFIED", "EDITOR");
		String id = ScreeningClient.person(editor, "Đặng Quốc Vượng", "1975-07-01", Map.of()).get("id").asString();

		// A viewer of the owner reads but does not write.
		assertThat(viewer.http().get("/api/v1/screening/persons/" + id).status()).isEqualTo(200);
		Http.Response refused = viewer.http()
			.post("/api/v1/screening/persons",
					Map.of("fullName", "X Y", "category", "OTHER", "legalBasis", "x", "handlingCode", "H0"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).contains("problem+json");
		assertThat(viewer.http().delete("/api/v1/screening/persons/" + id).status()).isEqualTo(403);

		// Another ministry neither reads nor changes it, nor learns that it exists.
		assertThat(partner.http().get("/api/v1/screening/persons/" + id).status()).isEqualTo(404);
		assertThat(partner.http()
			.put("/api/v1/screening/persons/" + id,
					Map.of("fullName", "Changed", "category", "OTHER", "legalBasis", "x", "handlingCode", "H0"))
			.status()).isEqualTo(404);
		assertThat(partner.http().delete("/api/v1/screening/persons/" + id).status()).isEqualTo(404);
		assertThat(partner.http().get("/api/v1/screening/persons?size=200").body()).doesNotContain(id)
			.doesNotContain("Vượng");
		assertThat(partner.http().get("/api/v1/screening/persons/export.csv").body()).doesNotContain("Vượng");

		// Below RESTRICTED, screening is closed.
		assertThat(unclassified.http().get("/api/v1/screening/persons").status()).isEqualTo(403);

		// Unauthenticated callers get 401.
		assertThat(new Http(port).get("/api/v1/screening/persons").status()).isEqualTo(401);
		assertThat(new Http(port).post("/api/v1/screening/checks", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void badFormsAreRefusedFieldByField() {
		TestUsers.User editor = TestUsers.create(port, "wl-bad", "MPS", "CONFIDENTIAL", "EDITOR");
		Http.Response bad = editor.http()
			.post("/api/v1/screening/persons",
					Map.of("fullName", "", "birthDate", "14/03/1988", "category", "SPY", "handlingCode", "H9",
							"nationalities", List.of("XX"), "contactUnit", "MININT", "validFrom", "2026-05-01",
							"validUntil", "2026-04-01"));
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new java.util.ArrayList<>();
		bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("fullName", "birthDate", "category", "handlingCode", "nationalities", "contactUnit",
				"legalBasis", "validUntil");
		Http.Response doc = editor.http()
			.post("/api/v1/screening/documents", Map.of("number", "B", "type", "PASSPORT", "status", "STOLEN"));
		assertThat(doc.status()).isEqualTo(400);
		assertThat(doc.body()).contains("\"number\"").contains("issuingCountry").contains("reportedOn");
	}

	@Test
	void anImportWithBadRowsWritesNothingAndNamesEachLine() {
		TestUsers.User editor = TestUsers.create(port, "wl-import", "MPS", "CONFIDENTIAL", "EDITOR");
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String bad = """
				full_name,aliases,birth_date,sex,nationalities,documents,category,legal_basis,valid_from,valid_until,handling_code,contact_unit
				Hoàng Minh Tuấn,Hoang Minh Tuan,1979-02-11,M,VN,B7654321,WANTED_ARREST,Warrant %1$s-1,,,H1,
				Lò Văn Páo,,19790-02-11,M,VN,,WANTED_ARREST,Warrant %1$s-2,,,H1,
				"Quàng Thị Mai, called Mai",,1990,F,VN|LA,,VICTIM,Report %1$s-3,,,H2,
				Vi Văn Sình,,,X,VN,,SPY,Warrant %1$s-4,,,H1,
				"""
			.formatted(marker);
		Long before = jdbc.queryForObject("select count(*) from watch_person", Long.class);
		Http.Response refused = ScreeningClient.upload(port, editor, "/api/v1/screening/persons/import", "text/csv",
				bad);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		List<String> lines = new java.util.ArrayList<>();
		refused.json()
			.get("errors")
			.forEach(e -> lines
				.add(e.get("line").asInt() + ":" + e.get("field").asString() + ":" + e.get("reason").asString()));
		assertThat(lines).containsExactlyInAnyOrder("3:birthDate:invalid.birth.date", "5:sex:invalid.sex",
				"5:category:invalid.choice");
		assertThat(jdbc.queryForObject("select count(*) from watch_person", Long.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from watch_person where legal_basis like ?", Long.class,
				"%" + marker + "%"))
			.isZero();

		String good = bad.replace("19790-02-11", "1979-02-11").replace(",X,VN,,SPY,", ",M,VN,,WANTED_ARREST,");
		Http.Response imported = ScreeningClient.upload(port, editor, "/api/v1/screening/persons/import", "text/csv",
				good);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("imported").asInt()).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from watch_person where legal_basis like ?", Long.class,
				"%" + marker + "%"))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'IMPORT' and record_type = 'WatchPerson'", Long.class))
			.isPositive();
		// The quoted name with a comma, the | list and the diacritics survive export.
		String exported = editor.http().get("/api/v1/screening/persons/export.csv").body();
		assertThat(exported).contains("\"Quàng Thị Mai, called Mai\"").contains("VN|LA").contains("Lò Văn Páo");
	}

	@Test
	void aLargeImportRunsInTheBackgroundWithProgressAndIsAllOrNothing() throws Exception {
		CurrentUser editor = new CurrentUser(UUID.randomUUID(), "bulk-importer", "Bulk importer", new AgencyId("MPS"),
				new AgencyId("MPS"), Set.of(Role.EDITOR), Classification.CONFIDENTIAL, "en");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder(String.join(",", WatchlistImport.PERSON_COLUMNS)).append('\n');
		String[] family = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng" };
		String[] middle = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc" };
		String[] given = { "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam" };
		int rows = 2000;
		for (int i = 0; i < rows; i++) {
			csv.append(family[i % 10])
				.append(' ')
				.append(middle[(i / 10) % 8])
				.append(' ')
				.append(given[(i / 80) % 12])
				.append(",,")
				.append(1950 + i % 50)
				.append(",,VN,,WANTED_INFORMATION,Bulk ")
				.append(marker)
				.append(",,,H1,\n");
		}
		Path bad = Files.createTempFile("bulk-", ".csv");
		Files.writeString(bad, csv.toString().replace("1960,,VN", "1960-13-45,,VN"), StandardCharsets.UTF_8);
		ScreeningJobs.Job refused = imports.start(editor, "persons", bad, "bulk.csv", WatchlistImport.Format.CSV);
		while (refused.isRunning()) {
			Thread.sleep(100);
		}
		assertThat(refused.getState()).isEqualTo("REFUSED");
		// 1960 is every 50th row from the 11th: lines 12, 62, ... (the header is line 1).
		assertThat(refused.getErrors()).hasSize(rows / 50);
		assertThat(refused.getErrors().get(0).line()).isEqualTo(12);
		assertThat(refused.getErrors().get(0).field()).isEqualTo("birthDate");
		assertThat(jdbc.queryForObject("select count(*) from watch_person where legal_basis = ?", Long.class,
				"Bulk " + marker))
			.isZero();
		assertThat(Files.exists(bad)).isFalse();

		Path good = Files.createTempFile("bulk-", ".csv");
		Files.writeString(good, csv.toString(), StandardCharsets.UTF_8);
		ScreeningJobs.Job done = imports.start(editor, "persons", good, "bulk.csv", WatchlistImport.Format.CSV);
		while (done.isRunning()) {
			Thread.sleep(100);
		}
		assertThat(done.getState()).as(done.getFailure()).isEqualTo("DONE");
		assertThat(done.getWritten()).isEqualTo(rows);
		assertThat(done.getPercent()).isEqualTo(100);
		assertThat(jdbc.queryForObject("select count(*) from watch_person where legal_basis = ?", Long.class,
				"Bulk " + marker))
			.isEqualTo(rows);
	}

	@Test
	void aJsonImportReportsTheLineOfTheBadEntry() {
		TestUsers.User editor = TestUsers.create(port, "wl-json", "MPS", "CONFIDENTIAL", "EDITOR");
		String json = """
				[
				  {"number": "N1234567", "type": "PASSPORT", "issuingCountry": "VN", "status": "STOLEN", "reportedOn": "2026-01-05"},
				  {"number": "N7654321", "type": "PASSPORT", "issuingCountry": "VN", "status": "BURNT", "reportedOn": "2026-01-06"}
				]
				""";
		Http.Response refused = ScreeningClient.upload(port, editor, "/api/v1/screening/documents/import",
				"application/json", json);
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(3);
		assertThat(error.get("field").asString()).isEqualTo("status");
		assertThat(jdbc.queryForObject("select count(*) from watch_document where number = 'N1234567'", Long.class))
			.isZero();
		Http.Response ok = ScreeningClient.upload(port, editor, "/api/v1/screening/documents/import",
				"application/json", json.replace("BURNT", "LOST"));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(editor.http().get("/api/v1/screening/documents/export.json").body()).contains("N7654321");
	}

}
