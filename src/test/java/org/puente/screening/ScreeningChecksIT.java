package org.puente.screening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.screening.internal.Screening;
import org.puente.screening.internal.WatchlistIndex;
import org.puente.support.BrowserSession;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 1 and step 2 across ministries: a MININT officer's check finds MPS entries through
 * the real name index and learns only HIT, a reference and the score's explanation; MPS
 * is told of every hit and answers follow-ups. Every check needs a purpose and is logged
 * where only the asking ministry sees it.
 */
@IntegrationTest
class ScreeningChecksIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Screening screening;

	@Autowired
	WatchlistIndex index;

	@Test
	void aVietnameseNameWithoutDiacriticsAndInAnotherOrderHits() {
		TestUsers.User owner = TestUsers.create(port, "ck-mps", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-minint", "MININT", "RESTRICTED", "VIEWER");
		ScreeningClient.person(owner, "Nguyễn Văn Khôi", "1983-09-21", Map.of());

		Http.Response hit = ScreeningClient.check(asker, "Khoi Nguyen Van", "1983-09-21", "Flight VN 9271, seat 14C");
		assertThat(hit.status()).as(hit.body()).isEqualTo(200);
		assertThat(hit.json().get("result").asString()).isEqualTo("HIT");
		JsonNode first = hit.json().get("hits").get(0);
		assertThat(first.get("reference").asString()).matches("H-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(first.get("agency").asString()).isEqualTo("MPS");
		assertThat(first.get("explanation").size()).isPositive();

		Http.Response none = ScreeningClient.check(asker, "Ernesto Villalobos Ochoa", "1983-09-21",
				"Flight VN 9271, seat 15A");
		assertThat(none.json().get("result").asString()).isEqualTo("NO_HIT");
		assertThat(none.json().get("hits").size()).isZero();
	}

	@Test
	void aSpanishNameWithoutAccentsAndEnyeHits() {
		TestUsers.User owner = TestUsers.create(port, "ck-es-own", "MININT", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-es-ask", "MPS", "RESTRICTED", "VIEWER");
		ScreeningClient.person(owner, "Íñigo Peñalver Núñez", "1969-04-02",
				Map.of("nationalities", List.of("CU"), "category", "SUSPECTED_TRAFFICKER"));
		Http.Response hit = ScreeningClient.check(asker, "Inigo Penalver Nunez", "1969-04-02", "Visa VN-2026-0042");
		assertThat(hit.json().get("result").asString()).as(hit.body()).isEqualTo("HIT");
		assertThat(hit.json().get("hits").get(0).get("agency").asString()).isEqualTo("MININT");
	}

	@Test
	void aDocumentNumberHitsHoweverItIsWritten() {
		TestUsers.User owner = TestUsers.create(port, "ck-doc", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-doc-ask", "MININT", "RESTRICTED", "VIEWER");
		String number = "P" + (1_000_000 + new java.util.Random().nextInt(8_000_000));
		Http.Response doc = owner.http()
			.post("/api/v1/screening/documents", Map.of("number", number, "type", "PASSPORT", "issuingCountry", "VN",
					"status", "STOLEN", "reportedOn", "2026-02-01"));
		assertThat(doc.status()).as(doc.body()).isEqualTo(201);
		Http.Response hit = asker.http()
			.post("/api/v1/screening/checks",
					Map.of("documentNumber", number.substring(0, 3) + " " + number.substring(3).toLowerCase(),
							"purposeCategory", "BORDER_CONTROL", "purpose", "Entry at José Martí airport"));
		assertThat(hit.json().get("result").asString()).as(hit.body()).isEqualTo("HIT");
		assertThat(hit.json().get("hits").get(0).get("kind").asString()).isEqualTo("DOCUMENT");
		assertThat(hit.body()).doesNotContain("STOLEN");
	}

	@Test
	void theIndexIsBuiltFromTheDatabase() {
		TestUsers.User asker = TestUsers.create(port, "ck-rebuild", "MININT", "RESTRICTED", "VIEWER");
		UUID id = UUID.randomUUID();
		// Written behind the service's back, as a restored database would hold it.
		jdbc.update("insert into watch_person(id, owner_agency, full_name, search_key, birth_date, category,"
				+ " legal_basis, handling_code, contact_unit, deleted, created_at, created_by, updated_at, updated_by,"
				+ " version) values (?, 'MPS', 'Kiều Phong Vũ', 'kieu phong vu', '1977-08-08', 'OTHER', 'x', 'H1',"
				+ " 'MPS', false, current_timestamp, 'restore', current_timestamp, 'restore', 0)", id);
		assertThat(ScreeningClient.check(asker, "Kieu Phong Vu", "1977-08-08", "Rebuild check")
			.json()
			.get("result")
			.asString()).isEqualTo("NO_HIT");
		index.rebuild();
		assertThat(ScreeningClient.check(asker, "Kieu Phong Vu", "1977-08-08", "Rebuild check")
			.json()
			.get("result")
			.asString()).isEqualTo("HIT");
	}

	@Test
	void expiredAndDeletedEntriesNeverHit() {
		TestUsers.User owner = TestUsers.create(port, "ck-exp", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-exp-ask", "MININT", "RESTRICTED", "VIEWER");
		ScreeningClient.person(owner, "Trịnh Công Sơn Lâm", "1961-01-02",
				Map.of("validUntil", java.time.LocalDate.now().minusDays(1).toString()));
		assertThat(ScreeningClient.check(asker, "Trinh Cong Son Lam", "1961-01-02", "Routine border check")
			.json()
			.get("result")
			.asString()).isEqualTo("NO_HIT");
		String id = ScreeningClient.person(owner, "Mạc Đăng Dung Khải", "1962-03-04", Map.of()).get("id").asString();
		assertThat(ScreeningClient.check(asker, "Mac Dang Dung Khai", "1962-03-04", "Routine border check")
			.json()
			.get("result")
			.asString()).isEqualTo("HIT");
		owner.http().delete("/api/v1/screening/persons/" + id);
		assertThat(ScreeningClient.check(asker, "Mac Dang Dung Khai", "1962-03-04", "Routine border check")
			.json()
			.get("result")
			.asString()).isEqualTo("NO_HIT");
	}

	@Test
	void aCheckWithoutPurposeIsRefusedNamingTheFieldAndNothingIsLogged() {
		TestUsers.User asker = TestUsers.create(port, "ck-nopurpose", "MININT", "RESTRICTED", "VIEWER");
		TestUsers.User unclassified = TestUsers.create(port, "ck-uncl", "MININT", "UNCLASSIFIED", "VIEWER");
		Http.Response refused = asker.http()
			.post("/api/v1/screening/checks", Map.of("names", List.of("Nguyen Van Khoi")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).contains("application/problem+json");
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("purpose", "purposeCategory");
		assertThat(jdbc.queryForObject("select count(*) from screening_check where actor = ?", Long.class,
				asker.username()))
			.isZero();
		Http.Response blank = asker.http()
			.post("/api/v1/screening/checks",
					Map.of("names", List.of("Nguyen Van Khoi"), "purposeCategory", "VISA", "purpose", "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("\"purpose\"");
		assertThat(ScreeningClient.check(unclassified, "Nguyen Van Khoi", null, "Any").status()).isEqualTo(403);
	}

	@Test
	void theAskerLearnsOnlyTheHitAndTheOwnerIsToldEverythingUntilItAnswers() {
		TestUsers.User owner = TestUsers.create(port, "ck-owner", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-asker", "MININT", "RESTRICTED", "EDITOR");
		String basis = "Wanted notice " + UUID.randomUUID();
		JsonNode entry = ScreeningClient.person(owner, "Lương Thế Vinh Quang", "1970-06-06", Map.of("legalBasis", basis,
				"aliases", List.of("Quang Luong Vinh"), "documents", List.of("B9988776"), "category", "WANTED_ARREST"));
		String entryId = entry.get("id").asString();

		String purpose = "Investigation case 2026/117 " + UUID.randomUUID().toString().substring(0, 5);
		Http.Response hit = ScreeningClient.check(asker, "Luong The Vinh Quang", "1970-06-06", purpose);
		assertThat(hit.json().get("result").asString()).isEqualTo("HIT");
		String reference = hit.json().get("hits").get(0).get("reference").asString();
		// Step 1 tells nothing of the entry: not its id, names, basis, category or
		// documents.
		assertThat(hit.body()).doesNotContain(entryId)
			.doesNotContain(basis)
			.doesNotContain("Lương")
			.doesNotContain("Quang Luong Vinh")
			.doesNotContain("B9988776")
			.doesNotContain("WANTED_ARREST");
		assertThat(asker.http().get("/api/v1/screening/persons/" + entryId).status()).isEqualTo(404);
		Http.Response asked = asker.http().get("/api/v1/screening/hits/" + reference);
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).doesNotContain(entryId).doesNotContain(basis).doesNotContain("Lương");
		// Nor does the check page.
		BrowserSession page = BrowserSession.signIn(port, asker.username(), TestUsers.PASSWORD);
		BrowserSession.Page form = page.get("/screening");
		BrowserSession.Page answered = page.submit(form, "#check-form", Map.of("name", "Luong The Vinh Quang",
				"birthDate", "1970-06-06", "purposeCategory", "INVESTIGATION", "purpose", purpose + " page"));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.html().select(".result-badge--hit")).hasSize(1);
		assertThat(answered.body()).doesNotContain(entryId).doesNotContain(basis).doesNotContain("Lương Thế");

		// The owner is told who asked, when, why and with what, and which entry.
		JsonNode notices = owner.http().get("/api/v1/screening/notices?size=200").json().get("items");
		JsonNode notice = null;
		for (JsonNode n : notices) {
			if (n.get("reference").asString().equals(reference)) {
				notice = n;
			}
		}
		assertThat(notice).as("hit notice for " + reference).isNotNull();
		assertThat(notice.get("asker").asString()).isEqualTo(asker.username());
		assertThat(notice.get("askerAgency").asString()).isEqualTo("MININT");
		assertThat(notice.get("purpose").asString()).isEqualTo(purpose);
		assertThat(notice.get("purposeCategory").asString()).isEqualTo("BORDER_CONTROL");
		assertThat(notice.get("probe").asString()).contains("Luong The Vinh Quang").contains("1970-06-06");
		assertThat(notice.get("entryId").asString()).isEqualTo(entryId);
		// ... and the asking ministry sees no notices of the owner.
		assertThat(asker.http().get("/api/v1/screening/notices?size=200").body()).doesNotContain(reference);
		assertThat(asker.http().get("/api/v1/screening/notices/" + notice.get("id").asString()).status())
			.isEqualTo(404);

		// Step 2: the asker requests information. It goes through the exchange, to the
		// entry's contact unit (here the owner's ministry), as a request for information
		// carrying the reference; only the owner's reply there carries data.
		TestUsers.User viewer = TestUsers.create(port, "ck-asker-viewer", "MININT", "RESTRICTED", "VIEWER");
		assertThat(viewer.http()
			.post("/api/v1/screening/hits/" + reference + "/follow-ups", Map.of("question", "x"))
			.status()).isEqualTo(403);
		Long casesBefore = jdbc.queryForObject("select count(*) from exchange_case", Long.class);
		Http.Response blankQuestion = asker.http()
			.post("/api/v1/screening/hits/" + reference + "/follow-ups", Map.of("question", " "));
		assertThat(blankQuestion.status()).isEqualTo(400);
		assertThat(blankQuestion.body()).contains("\"question\"");
		assertThat(jdbc.queryForObject("select count(*) from exchange_case where title like ?", Long.class,
				"%" + reference + "%"))
			.isZero();
		String question = "Please send the identity data and the warrant " + UUID.randomUUID();
		Http.Response request = asker.http()
			.post("/api/v1/screening/hits/" + reference + "/follow-ups", Map.of("question", question));
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		String followUp = request.json().get("id").asString();
		String caseId = request.json().get("exchangeCaseId").asString();
		String messageId = request.json().get("exchangeMessageId").asString();
		assertThat(request.json().get("addressee").asString()).isEqualTo("MPS");
		assertThat(jdbc.queryForObject("select count(*) from exchange_case", Long.class)).isGreaterThan(casesBefore);
		TestUsers.User stranger = TestUsers.create(port, "ck-stranger", "MPS", "CONFIDENTIAL", "EDITOR");
		assertThat(stranger.http()
			.post("/api/v1/screening/hits/" + reference + "/follow-ups", Map.of("question", "x"))
			.status()).isEqualTo(404);
		// The old screening-side answer path is gone: the owner answers in the exchange.
		assertThat(owner.http()
			.post("/api/v1/screening/follow-ups/" + followUp + "/answer", Map.of("answer", "x"))
			.status()).isIn(404, 405);

		// The owner's unit finds the request in its exchange inbox, with the reference.
		JsonNode inbox = owner.http().get("/api/v1/exchange/inbox?caseId=" + caseId).json().get("items");
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0).get("id").asString()).isEqualTo(messageId);
		assertThat(inbox.get(0).get("subject").asString()).contains(reference);
		assertThat(inbox.get(0).get("requestType").asString()).isEqualTo("REQUEST_FOR_INFORMATION");
		assertThat(inbox.get(0).get("senderAgency").asString()).isEqualTo("MININT");
		assertThat(inbox.get(0).get("answered").asBoolean()).isFalse();
		JsonNode sent = owner.http().get("/api/v1/exchange/messages/" + messageId).json();
		assertThat(sent.get("text").asString()).contains(reference).contains(question);
		assertThat(sent.get("classification").asString()).isEqualTo("RESTRICTED");
		assertThat(sent.get("handlingCodes").toString()).contains("H0");
		assertThat(sent.get("addressees").toString()).contains("MPS");
		JsonNode open = owner.http().get("/api/v1/screening/notices?open=true&size=200").json();
		assertThat(open.toString()).contains(reference).contains(caseId);

		// Until the owner replies, the asker sees nothing of the entry, in screening or
		// in
		// the exchange case.
		assertThat(asker.http().get("/api/v1/screening/hits/" + reference).body()).doesNotContain(basis)
			.doesNotContain("Lương")
			.contains(caseId);
		Http.Response askerCase = asker.http().get("/api/v1/exchange/cases/" + caseId + "/messages");
		assertThat(askerCase.status()).isEqualTo(200);
		assertThat(askerCase.body()).contains(reference).doesNotContain(basis).doesNotContain("Lương");

		// The owner replies in the exchange; the follow-up is answered, and the asker
		// reads
		// the answer in its exchange case.
		Map<String, Object> reply = new java.util.HashMap<>();
		reply.put("subject", "Re: " + reference);
		reply.put("text", "Lương Thế Vinh Quang, born 1970-06-06, " + basis + " (H1).");
		reply.put("classification", "RESTRICTED");
		reply.put("handlingCodes", List.of("H1"));
		reply.put("requestType", "SPONTANEOUS_INFORMATION");
		Http.Response answer = owner.http().post("/api/v1/exchange/messages/" + messageId + "/replies", reply);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		JsonNode followUpNow = asker.http().get("/api/v1/screening/hits/" + reference).json().get("followUps").get(0);
		assertThat(followUpNow.get("answeredBy").asString()).isEqualTo(owner.username());
		assertThat(followUpNow.get("answeredAt").isNull()).isFalse();
		assertThat(owner.http().get("/api/v1/screening/notices?open=true&size=200").body()).doesNotContain(reference);
		assertThat(asker.http().get("/api/v1/exchange/cases/" + caseId + "/messages").body()).contains(basis);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'ScreeningFollowUp' and record_id = ?",
				Long.class, followUp))
			.isEqualTo(2);
	}

	@Test
	void theRequestGoesToTheEntrysContactUnitAlsoForAHitInTheOwnList() {
		TestUsers.User owner = TestUsers.create(port, "ck-unit-owner", "MININT", "CONFIDENTIAL", "EDITOR");
		TestUsers.User unitOfficer = TestUsers.create(port, "ck-unit-dgci", "MININT-DGCI", "RESTRICTED", "VIEWER");
		TestUsers.User asker = TestUsers.create(port, "ck-unit-asker", "MPS", "RESTRICTED", "EDITOR");
		String marker = UUID.randomUUID().toString().substring(0, 6);
		ScreeningClient.person(owner, "Yoandri Cabrera Quintana", "1985-04-09",
				Map.of("nationalities", List.of("CU"), "contactUnit", "MININT-DGCI", "legalBasis", "Orden " + marker));

		// The partner's hit goes to the contact unit, whose officers see it in their
		// inbox.
		Http.Response hit = ScreeningClient.check(asker, "Yoandri Cabrera", "1985-04-09", "Ruta " + marker);
		assertThat(hit.json().get("result").asString()).isEqualTo("HIT");
		String reference = hit.json().get("hits").get(0).get("reference").asString();
		Http.Response request = asker.http()
			.post("/api/v1/screening/hits/" + reference + "/follow-ups", Map.of("question", "Datos " + marker));
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		assertThat(request.json().get("addressee").asString()).isEqualTo("MININT-DGCI");
		String caseId = request.json().get("exchangeCaseId").asString();
		JsonNode inbox = unitOfficer.http().get("/api/v1/exchange/inbox?caseId=" + caseId).json().get("items");
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0).get("subject").asString()).contains(reference);
		assertThat(inbox.get(0).get("to").toString()).contains("MININT-DGCI");

		// A hit in the own ministry's list goes to the same unit, inside the ministry.
		Http.Response own = ScreeningClient.check(owner, "Yoandri Cabrera Quintana", "1985-04-09", "Own " + marker);
		assertThat(own.json().get("result").asString()).isEqualTo("HIT");
		String ownReference = own.json().get("hits").get(0).get("reference").asString();
		Http.Response ownRequest = owner.http()
			.post("/api/v1/screening/hits/" + ownReference + "/follow-ups", Map.of("question", "Estado " + marker));
		assertThat(ownRequest.status()).as(ownRequest.body()).isEqualTo(201);
		assertThat(ownRequest.json().get("addressee").asString()).isEqualTo("MININT-DGCI");
		JsonNode ownInbox = unitOfficer.http()
			.get("/api/v1/exchange/inbox?caseId=" + ownRequest.json().get("exchangeCaseId").asString())
			.json()
			.get("items");
		assertThat(ownInbox).hasSize(1);
		assertThat(ownInbox.get(0).get("subject").asString()).contains(ownReference);
	}

	@Test
	void everyCheckIsLoggedAndEachMinistryExportsOnlyItsOwnLog() {
		TestUsers.User mpsAdmin = TestUsers.create(port, "ck-log-admin", "MPS", "CONFIDENTIAL", "ADMIN");
		TestUsers.User mpsOfficer = TestUsers.create(port, "ck-log-mps", "MPS", "RESTRICTED", "VIEWER");
		TestUsers.User mininst = TestUsers.create(port, "ck-log-minint", "MININT", "RESTRICTED", "VIEWER");
		String ours = "Our purpose " + UUID.randomUUID();
		String theirs = "Their purpose " + UUID.randomUUID();
		ScreeningClient.check(mpsOfficer, "Ana Lucía Betancourt", "1990", ours);
		ScreeningClient.check(mininst, "Ana Lucía Betancourt", "1990", theirs);

		String mpsLog = mpsAdmin.http().get("/api/v1/screening/log/export.csv").body();
		assertThat(mpsLog).contains(ours).contains(mpsOfficer.username()).doesNotContain(theirs);
		assertThat(mpsLog).contains("Ana Lucía Betancourt; 1990").contains("NO_HIT");
		String mininstLog = mininst.http().get("/api/v1/screening/log/export.csv").body();
		assertThat(mininstLog).contains(theirs).doesNotContain(ours);
		// A user without the administrator role sees their own checks only.
		TestUsers.User colleague = TestUsers.create(port, "ck-log-mps2", "MPS", "RESTRICTED", "VIEWER");
		assertThat(colleague.http().get("/api/v1/screening/log?size=200").body()).doesNotContain(ours);
		assertThat(mpsOfficer.http().get("/api/v1/screening/log?size=200").body()).contains(ours);
	}

	@Test
	void thePurgeDropsLogEntriesAndNoticesPastTheRetentionOnly() {
		Instant now = Instant.now();
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		for (UUID id : List.of(old, recent)) {
			Instant at = id.equals(old) ? now.minus(screening.retentionDays() + 1, ChronoUnit.DAYS)
					: now.minus(screening.retentionDays() - 1, ChronoUnit.DAYS);
			jdbc.update("insert into screening_check(id, at, actor, actor_agency, actor_ministry, purpose_category,"
					+ " purpose, probe, result, hits) values (?, ?, 'purge-test', 'MPS', 'MPS', 'OTHER', 'p', 'x',"
					+ " 'HIT', 1)", id, at.atOffset(ZoneOffset.UTC));
			jdbc.update("insert into screening_hit(id, reference, check_id, at, asker, asker_agency, asker_ministry,"
					+ " purpose_category, purpose, probe, entry_kind, entry_id, owner_agency, contact_unit, score,"
					+ " explanation) values (?, ?, ?, ?, 'purge-test', 'MPS', 'MPS', 'OTHER', 'p', 'x', 'PERSON', ?,"
					+ " 'MININT', 'MININT', 0.95, 'x')", UUID.randomUUID(), "P-" + id.toString().substring(0, 12), id,
					at.atOffset(ZoneOffset.UTC), UUID.randomUUID());
		}
		assertThat(screening.retentionDays()).isEqualTo(730);
		screening.purge(now);
		assertThat(jdbc.queryForObject("select count(*) from screening_check where id = ?", Long.class, old)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from screening_hit where check_id = ?", Long.class, old))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from screening_check where id = ?", Long.class, recent))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from screening_hit where check_id = ?", Long.class, recent))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PURGE'", Long.class))
			.isPositive();
	}

	@Test
	void aBatchOfThousandsOfRowsListsHitsFirstAndLogsOnceWithANoticePerHit() throws Exception {
		TestUsers.User owner = TestUsers.create(port, "ck-batch-own", "MPS", "CONFIDENTIAL", "EDITOR");
		TestUsers.User asker = TestUsers.create(port, "ck-batch", "MININT", "RESTRICTED", "VIEWER");
		ScreeningClient.person(owner, "Võ Thị Sáu Hạnh", "1985-11-30", Map.of());
		ScreeningClient.person(owner, "Bùi Xuân Phái Định", "1972-05-05", Map.of());
		String[] given = { "Carlos", "María", "José", "Yanelis", "Osmany", "Dayana", "Roberto", "Leidys" };
		String[] family = { "García", "Rodríguez", "Fernández", "Hernández", "Castillo", "Valdés", "Pérez", "Díaz" };
		StringBuilder csv = new StringBuilder("query_id,full_name,birth_date,nationality,document_number\n");
		int rows = 3000;
		for (int i = 0; i < rows; i++) {
			String name = given[i % 8] + " " + family[(i / 8) % 8] + " " + family[(i / 64) % 8];
			if (i == 1234) {
				name = "Vo Thi Sau Hanh";
			}
			if (i == 2999) {
				name = "Dinh Bui Xuan Phai";
			}
			String birth = i == 1234 ? "1985-11-30" : (i == 2999 ? "1972" : "19" + (50 + i % 50));
			csv.append("P").append(i).append(',').append(name).append(',').append(birth).append(",CU,\n");
		}
		String purpose = "Manifest CU 0012 " + UUID.randomUUID().toString().substring(0, 5);
		Http.Response refused = ScreeningClient.upload(port, asker, "/api/v1/screening/batches", "text/csv",
				csv.toString());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("purpose");

		Http.Response started = ScreeningClient.upload(port, asker,
				"/api/v1/screening/batches?purposeCategory=BORDER_CONTROL&purpose="
						+ java.net.URLEncoder.encode(purpose, java.nio.charset.StandardCharsets.UTF_8),
				"text/csv", csv.toString());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String job = started.json().get("id").asString();
		JsonNode done = ScreeningClient.await(asker, job);
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("written").asInt()).isEqualTo(rows);
		assertThat(done.get("hits").asInt()).isGreaterThanOrEqualTo(2);

		String results = asker.http().get("/api/v1/screening/batches/" + job + "/results.csv").body();
		List<String> lines = results.lines().toList();
		assertThat(lines.get(0)).endsWith("query_id,line,result,reference,agency,score,explanation");
		assertThat(lines.get(1)).contains(",HIT,");
		assertThat(lines.get(2)).contains(",HIT,");
		assertThat(lines.stream().filter(l -> l.startsWith("P1234,")).findFirst().orElseThrow()).contains(",HIT,");
		assertThat(lines.stream().filter(l -> l.startsWith("P2999,")).findFirst().orElseThrow()).contains(",HIT,");
		int hitCount = (int) lines.stream().filter(l -> l.contains(",HIT,")).count();
		assertThat(lines).hasSize(1 + hitCount
				+ (rows - (int) lines.stream()
					.filter(l -> l.contains(",HIT,"))
					.map(l -> l.substring(0, l.indexOf(',')))
					.distinct()
					.count()));
		// Hits first: no HIT row after the first NO_HIT row.
		int firstMiss = lines.indexOf(lines.stream().filter(l -> l.contains(",NO_HIT,")).findFirst().orElseThrow());
		assertThat(lines.subList(firstMiss, lines.size())).noneMatch(l -> l.contains(",HIT,"));

		// One aggregate log entry for the batch, a notice per hit for the owner.
		List<Map<String, Object>> logged = jdbc.queryForList(
				"select result, hits, batch_rows, purpose from screening_check where actor = ?", asker.username());
		assertThat(logged).hasSize(1);
		assertThat(((Number) logged.get(0).get("batch_rows")).intValue()).isEqualTo(rows);
		assertThat(logged.get(0).get("purpose")).isEqualTo(purpose);
		assertThat(
				jdbc.queryForObject("select count(*) from screening_hit where asker = ?", Long.class, asker.username()))
			.isEqualTo(hitCount);
		String reference = lines.get(1).split(",")[3];
		assertThat(owner.http().get("/api/v1/screening/notices?size=200").body()).contains(reference);
		// Another ministry cannot see the job or its results.
		TestUsers.User other = TestUsers.create(port, "ck-batch-other", "MPS", "CONFIDENTIAL", "VIEWER");
		assertThat(other.http().get("/api/v1/screening/jobs/" + job).status()).isEqualTo(404);
		assertThat(other.http().get("/api/v1/screening/batches/" + job + "/results.csv").status()).isEqualTo(404);
	}

}
