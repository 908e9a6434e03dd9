package org.puente.registry;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.registry.RegistryClient.BASE;
import static org.puente.registry.RegistryClient.ok;

/**
 * Each registry record through its life: recorded, read, changed, moved on, listed,
 * exported.
 */
@IntegrationTest
class RegistryLifecycleIT {

	@LocalServerPort
	int port;

	@Test
	void anEditorRecordsTalksTheirCommitmentsAndAReviewThatTheOtherAgencySees() {
		Http editor = TestUsers.create(port, "talks-editor", "MPS", "SECRET", "EDITOR").http();
		Http partner = TestUsers.create(port, "talks-viewer", "MININT", "RESTRICTED", "VIEWER").http();
		String alvarez = RegistryClient.personId(editor, "alvarez casas");
		String quang = RegistryClient.personId(editor, "luong tam");
		JsonNode framework = RegistryClient.framework(editor);

		Map<String, Object> form = RegistryClient.talks("Spring 2026 talks");
		form.put("delegation", List.of(Map.of("person", quang, "side", "HOST", "role", "HEAD"),
				Map.of("person", alvarez, "side", "GUEST", "role", "HEAD", "rank", "Senior Lieutenant General")));
		form.put("agreements", List.of(Map.of("agreement", framework.get("id").asString(), "action", "REVIEWED")));
		form.put("internalNote", "Brief the minister on the research centre first.");
		form.put("areas", List.of("cybersecurity"));
		Http.Response created = editor.post(BASE + "/engagements", form);
		JsonNode talks = ok(created);
		assertThat(created.status()).isEqualTo(201);
		String id = talks.get("id").asString();
		assertThat(talks.get("delegation").get(0).get("name").asString()).isEqualTo("Lương Tam Quang");
		assertThat(talks.get("delegation").get(0).get("rank").asString()).as("rank taken from the directory")
			.isEqualTo("General");
		assertThat(talks.get("delegation").get(1).get("rank").asString()).isEqualTo("Senior Lieutenant General");
		assertThat(talks.get("internalNote").asString()).startsWith("Brief");

		Http.Response read = editor.get(BASE + "/engagements/" + id);
		long version = read.json().get("version").asLong();
		assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");

		form.put("outcomes", "Both sides agreed to meet again in 2027.");
		Http.Response updated = editor.put(BASE + "/engagements/" + id, form, "\"" + version + "\"");
		assertThat(ok(updated).get("outcomes").asString()).contains("2027");
		assertThat(updated.json().get("version").asLong()).isGreaterThan(version);

		// A commitment made there: the partnership comes from the engagement.
		JsonNode commitment = ok(editor.post(BASE + "/commitments",
				RegistryClient.commitment(id, "Hold a joint cybersecurity exercise")));
		assertThat(commitment.get("status").asString()).isEqualTo("AGREED");
		String commitmentId = commitment.get("id").asString();
		JsonNode moved = ok(editor.post(BASE + "/commitments/" + commitmentId + "/status",
				RegistryClient.status("IN_PROGRESS", "Planning started", commitment.get("version").asLong())));
		assertThat(moved.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(moved.get("history").valueStream().map(h -> h.get("status").asString())).containsExactly("AGREED",
				"IN_PROGRESS");
		assertThat(moved.get("history").get(1).get("note").asString()).isEqualTo("Planning started");

		// A review of the framework agreement at the talks.
		JsonNode review = ok(editor.post(BASE + "/reviews",
				Map.of("agreement", framework.get("id").asString(), "engagement", id, "reviewDate",
						java.time.LocalDate.now().toString(), "conclusions", "Good progress on cybersecurity.")));
		// The previous review is the seeds' of October 2024, or one another test recorded
		// since.
		assertThat(java.time.LocalDate.parse(review.get("snapshot").get("previousReview").asString()))
			.isAfterOrEqualTo(java.time.LocalDate.of(2024, 10, 24))
			.isBeforeOrEqualTo(java.time.LocalDate.now());
		assertThat(review.get("snapshot").get("moved").valueStream().map(m -> m.get("commitment").asString()))
			.contains(commitmentId);

		// The partner's viewer sees all of it, but not the internal note.
		JsonNode seen = ok(partner.get(BASE + "/engagements/" + id));
		assertThat(seen.get("title").get("es").asString()).contains("Spring 2026 talks");
		assertThat(seen.get("internalNote").isNull()).isTrue();
		assertThat(seen.get("commitments").valueStream().map(c -> c.get("id").asString())).contains(commitmentId);
		assertThat(ok(partner.get(BASE + "/commitments/" + commitmentId)).get("status").asString())
			.isEqualTo("IN_PROGRESS");
		assertThat(ok(partner.get(BASE + "/reviews/" + review.get("id").asString())).get("conclusions").asString())
			.contains("cybersecurity");
		assertThat(RegistryClient.items(partner.get(BASE + "/engagements?person=" + alvarez + "&from=2026-01-01"))
			.stream()
			.map(e -> e.get("id").asString())).contains(id);

		// Deleted records disappear for everyone.
		assertThat(editor.delete(BASE + "/engagements/" + id).status()).isEqualTo(204);
		assertThat(partner.get(BASE + "/engagements/" + id).status()).isEqualTo(404);
		// ... until an administrator of the owning ministry restores them.
		assertThat(editor.post(BASE + "/engagements/" + id + "/restore", Map.of()).status()).isEqualTo(403);
		assertThat(TestUsers.admin(port).post(BASE + "/engagements/" + id + "/restore", Map.of()).status())
			.isEqualTo(200);
		assertThat(partner.get(BASE + "/engagements/" + id).status()).isEqualTo(200);
	}

	@Test
	void aReviewShowsWhatMovedWhatIsOverdueAndWhatStalled() {
		Http editor = TestUsers.create(port, "review-editor", "MPS", "SECRET", "EDITOR").http();
		JsonNode framework = RegistryClient.framework(editor);
		String talks = ok(editor.post(BASE + "/engagements", RegistryClient.talks("Review talks"))).get("id")
			.asString();
		Map<String, Object> late = RegistryClient.commitment(talks, "Exchange liaison officers");
		late.put("dueDate", java.time.LocalDate.now().minusDays(10).toString());
		String lateId = ok(editor.post(BASE + "/commitments", late)).get("id").asString();
		JsonNode stuck = ok(editor.post(BASE + "/commitments", RegistryClient.commitment(talks, "Joint manual")));
		String stuckId = stuck.get("id").asString();
		ok(editor.post(BASE + "/commitments/" + stuckId + "/status",
				RegistryClient.status("STALLED", "No budget this year", stuck.get("version").asLong())));
		assertThat(ok(editor.get(BASE + "/commitments/" + lateId)).get("overdue").asBoolean()).isTrue();

		JsonNode review = ok(editor.post(BASE + "/reviews", Map.of("agreement", framework.get("id").asString(),
				"engagement", talks, "reviewDate", java.time.LocalDate.now().toString())));
		JsonNode snapshot = review.get("snapshot");
		assertThat(snapshot.get("overdue").valueStream().map(i -> i.get("commitment").asString())).contains(lateId)
			.doesNotContain(stuckId);
		assertThat(snapshot.get("stalled").valueStream().map(i -> i.get("commitment").asString()))
			.containsExactly(stuckId);
		JsonNode movedStuck = snapshot.get("moved")
			.valueStream()
			.filter(i -> i.get("commitment").asString().equals(stuckId))
			.findFirst()
			.orElseThrow();
		assertThat(movedStuck.get("status").asString()).isEqualTo("STALLED");

		Http.Response updated = editor.put(BASE + "/reviews/" + review.get("id").asString(),
				Map.of("reviewDate", java.time.LocalDate.now().toString(), "engagement", talks, "conclusions",
						"Budget for the manual to be found.", "version", review.get("version").asLong()));
		assertThat(ok(updated).get("conclusions").asString()).startsWith("Budget");
		assertThat(RegistryClient.items(editor.get(BASE + "/reviews?partnership=MPS-MININT&size=50")))
			.extracting(r -> r.get("reviewDate").asString())
			.contains("2022-10-13", "2024-10-24");
	}

	@Test
	void anAgreementMovesThroughItsStatusesAndKeepsItsDocuments() {
		Http editor = TestUsers.create(port, "agreement-editor", "MPS", "SECRET", "EDITOR").http();
		JsonNode framework = RegistryClient.framework(editor);
		JsonNode agreement = ok(editor.post(BASE + "/agreements",
				Map.of("partnership", "MPS-MININT", "kind", "PLAN", "title", RegistryClient.texts("Training plan 2026"),
						"parent", framework.get("id").asString(), "parties", List.of("MPS", "MININT"), "areas",
						List.of("force-building"), "sources", List.of("test"))));
		assertThat(agreement.get("status").asString()).isEqualTo("DRAFT");
		String id = agreement.get("id").asString();
		long version = agreement.get("version").asLong();
		for (String next : List.of("NEGOTIATING", "SIGNED", "IN_FORCE")) {
			JsonNode moved = ok(editor.post(BASE + "/agreements/" + id + "/status",
					Map.of("status", next, "on", "2026-01-15", "version", version)));
			assertThat(moved.get("status").asString()).isEqualTo(next);
			version = moved.get("version").asLong();
		}
		JsonNode full = ok(editor.get(BASE + "/agreements/" + id));
		assertThat(full.get("history").valueStream().map(h -> h.get("status").asString())).containsExactly("DRAFT",
				"NEGOTIATING", "SIGNED", "IN_FORCE");
		assertThat(full.get("history").get(3).get("changedOn").asString()).isEqualTo("2026-01-15");

		byte[] pdf = "%PDF-1.4\n% test agreement text\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<byte[]> uploaded = RegistryClient.asAdmin(port, "POST",
				BASE + "/agreements/" + id + "/documents?name=" + RegistryClient.q("../../Kế hoạch 2026.pdf"),
				"application/json", "application/pdf", pdf);
		assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		JsonNode document = Http.JSON.readTree(uploaded.body());
		assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(document.get("fileName").asString()).isEqualTo("Kế hoạch 2026.pdf");
		assertThat(document.get("sha256").asString()).hasSize(64);
		HttpResponse<byte[]> downloaded = RegistryClient.asAdmin(port, "GET",
				BASE + "/agreements/" + id + "/documents/" + document.get("id").asString(), "*/*", null, null);
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(pdf);

		HttpResponse<byte[]> disguised = RegistryClient.asAdmin(port, "POST",
				BASE + "/agreements/" + id + "/documents?name=evil.pdf", "application/json", "application/pdf",
				"MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
		assertThat(disguised.statusCode()).isEqualTo(400);
		assertThat(new String(disguised.body(), StandardCharsets.UTF_8)).contains("contentType");
		assertThat(ok(editor.get(BASE + "/agreements/" + id)).get("documents").size()).isEqualTo(1);
	}

	@Test
	void finishingTheLastActivityOfACommitmentProposesMarkingItDone() {
		Http editor = TestUsers.create(port, "activity-editor", "MPS", "SECRET", "EDITOR").http();
		JsonNode talks = ok(editor.post(BASE + "/engagements", RegistryClient.talks("Training talks")));
		JsonNode commitment = ok(editor.post(BASE + "/commitments",
				RegistryClient.commitment(talks.get("id").asString(), "Train MININT cyber analysts")));
		String commitmentId = commitment.get("id").asString();
		ok(editor.post(BASE + "/commitments/" + commitmentId + "/status",
				RegistryClient.status("IN_PROGRESS", "Courses planned", commitment.get("version").asLong())));

		JsonNode first = ok(editor.post(BASE + "/activities",
				Map.of("kind", "TRAINING", "title", Map.of("en", "Course one"), "startDate", "2026-04-01", "endDate",
						"2026-04-10", "trainees", 20, "trainerSide", "MPS", "commitments", List.of(commitmentId))));
		JsonNode second = ok(editor.post(BASE + "/activities",
				Map.of("kind", "DONATION", "title", Map.of("en", "Lab equipment"), "items", "Forensic workstations",
						"value", 12500.50, "currency", "usd", "status", "ONGOING", "commitments",
						List.of(commitmentId))));
		assertThat(second.get("currency").asString()).isEqualTo("USD");
		assertThat(first.get("partnership").asString()).isEqualTo(talks.get("partnership").asString());

		JsonNode done1 = ok(editor.post(BASE + "/activities/" + first.get("id").asString() + "/status",
				Map.of("status", "DONE", "version", first.get("version").asLong())));
		assertThat(done1.get("proposals").size()).isZero();
		JsonNode done2 = ok(editor.post(BASE + "/activities/" + second.get("id").asString() + "/status",
				Map.of("status", "DONE", "version", second.get("version").asLong())));
		assertThat(done2.get("activity").get("status").asString()).isEqualTo("DONE");
		assertThat(done2.get("proposals").get(0).get("commitment").asString()).isEqualTo(commitmentId);
		assertThat(done2.get("proposals").get(0).get("proposedStatus").asString()).isEqualTo("DONE");

		JsonNode after = ok(editor.get(BASE + "/commitments/" + commitmentId));
		assertThat(after.get("status").asString()).as("the commitment is not changed by itself")
			.isEqualTo("IN_PROGRESS");
		assertThat(after.get("doneProposed").asBoolean()).isTrue();
		assertThat(after.get("activities").size()).isEqualTo(2);
	}

	@Test
	void anyFilteredListExportsAsCsvThatExcelReadsInVietnamese() {
		for (String path : List.of(BASE + "/engagements/export.csv?partnership=MPS-MININT&from=2025-08-01",
				BASE + "/engagements?partnership=MPS-MININT&from=2025-08-01")) {
			HttpResponse<byte[]> csv = RegistryClient.asAdmin(port, "GET", path, "text/csv", null, null);
			assertThat(csv.statusCode()).as(path).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
			byte[] body = csv.body();
			assertThat(body[0]).isEqualTo((byte) 0xEF);
			assertThat(body[1]).isEqualTo((byte) 0xBB);
			assertThat(body[2]).isEqualTo((byte) 0xBF);
			String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
			assertThat(text).startsWith("id,kind,title,");
			assertThat(text).contains("Lương Tam Quang").contains("Hà Nội").contains("\r\n");
			assertThat(text).doesNotContain("2022-10-12");
		}
		for (String list : List.of("agreements", "commitments", "activities", "reviews")) {
			HttpResponse<byte[]> csv = RegistryClient.asAdmin(port, "GET", BASE + "/" + list + "/export.csv", "*/*",
					null, null);
			assertThat(csv.statusCode()).as(list).isEqualTo(200);
			assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("id,");
		}
	}

}
