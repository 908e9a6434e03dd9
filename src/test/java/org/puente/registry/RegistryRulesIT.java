package org.puente.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.registry.RegistryClient.BASE;
import static org.puente.registry.RegistryClient.ok;
import static org.puente.registry.RegistryClient.refusedFields;

/**
 * The registry's rules: status order, validation, optimistic locking, who sees and
 * changes what.
 */
@IntegrationTest
class RegistryRulesIT {

	@LocalServerPort
	int port;

	@Test
	void aCommitmentSkipsAStepOnlyWhenAnEditorSaysWhy() {
		Http editor = TestUsers.create(port, "status-editor", "MPS", "SECRET", "EDITOR").http();
		JsonNode talks = ok(editor.post(BASE + "/engagements", RegistryClient.talks("Status talks")));
		Map<String, Object> form = RegistryClient.commitment(talks.get("id").asString(), "Open a liaison office");
		form.put("agreedBy", "ONE_SIDE");
		form.put("proposedBy", "MININT");
		JsonNode commitment = ok(editor.post(BASE + "/commitments", form));
		assertThat(commitment.get("status").asString()).isEqualTo("PROPOSED");
		String id = commitment.get("id").asString();
		long version = commitment.get("version").asLong();

		assertThat(refusedFields(editor.post(BASE + "/commitments/" + id + "/status",
				RegistryClient.status("DONE", "Office opened", version))))
			.containsExactly("overrideReason");
		assertThat(refusedFields(
				editor.post(BASE + "/commitments/" + id + "/status", RegistryClient.status("AGREED", null, version))))
			.containsExactly("note");
		assertThat(refusedFields(editor.post(BASE + "/commitments/" + id + "/status",
				RegistryClient.status("PROPOSED", "Again", version))))
			.containsExactly("status");
		assertThat(refusedFields(
				editor.post(BASE + "/commitments/" + id + "/status", RegistryClient.status("FINISHED", "?", version))))
			.containsExactly("status");
		assertThat(ok(editor.get(BASE + "/commitments/" + id)).get("status").asString()).isEqualTo("PROPOSED");

		Map<String, Object> skip = RegistryClient.status("DONE", "Office opened in March", version);
		skip.put("overrideReason", "Agreed and done within one visit; no separate record of the agreement.");
		JsonNode done = ok(editor.post(BASE + "/commitments/" + id + "/status", skip));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		JsonNode last = done.get("history").get(done.get("history").size() - 1);
		assertThat(last.get("overrideReason").asString()).startsWith("Agreed and done");
		assertThat(last.get("changedBy").asString()).startsWith("status-editor");

		// Closed is closed: nothing follows DONE without a reason either.
		assertThat(refusedFields(editor.post(BASE + "/commitments/" + id + "/status",
				RegistryClient.status("IN_PROGRESS", "Reopened", done.get("version").asLong()))))
			.containsExactly("overrideReason");
	}

	@Test
	void invalidRecordsAreRefusedFieldByFieldAndNothingIsSaved() {
		Http editor = TestUsers.create(port, "invalid-editor", "MPS", "SECRET", "EDITOR").http();
		assertThat(refusedFields(editor.post(BASE + "/engagements", Map.of()))).contains("partnership", "kind", "title",
				"startDate");

		String title = "Refused talks " + UUID.randomUUID();
		Map<String, Object> form = RegistryClient.talks(title, "kind", "PICNIC", "startDate", "2026-02-30",
				"placeCountry", "XX", "hostAgency", "NOPE");
		form.put("areas", List.of("underwater-basket-weaving"));
		form.put("delegation",
				List.of(Map.of("person", UUID.randomUUID().toString(), "side", "HOST"), Map.of("side", "AWAY")));
		List<String> fields = refusedFields(editor.post(BASE + "/engagements", form));
		assertThat(fields).containsExactlyInAnyOrder("kind", "startDate", "placeCountry", "hostAgency", "areas[0]",
				"delegation[0].person", "delegation[1].person", "delegation[1].side");
		JsonNode problem = editor.post(BASE + "/engagements", form).json();
		assertThat(problem.get("errors").get(0).get("message").asString()).contains(":");

		List<JsonNode> listed = RegistryClient.items(editor.get(BASE + "/engagements?from=2026-01-01&size=200"));
		assertThat(listed).noneMatch(e -> e.get("title").get("en").asString().equals(title));

		assertThat(refusedFields(editor.post(BASE + "/commitments",
				Map.of("text", Map.of("en", " "), "agreedBy", "ONE_SIDE", "dueDate", "soon"))))
			.containsExactlyInAnyOrder("partnership", "text", "dueDate", "proposedBy", "originEngagement");
		assertThat(refusedFields(editor.post(BASE + "/agreements", Map.of("partnership", "NO-SUCH", "kind", "MOU"))))
			.containsExactlyInAnyOrder("partnership", "title", "parties");
		// An agreement cannot expire before it enters into force, nor on a day that does
		// not exist.
		assertThat(refusedFields(editor.post(BASE + "/agreements",
				Map.of("partnership", "MPS-MININT", "kind", "MOU", "title", Map.of("en", "Expiry check"), "parties",
						List.of("MPS", "MININT"), "entryIntoForce", "2026-05-01", "expiresOn", "2026-04-30"))))
			.containsExactly("expiresOn");
		assertThat(
				refusedFields(editor.post(BASE + "/agreements",
						Map.of("partnership", "MPS-MININT", "kind", "MOU", "title", Map.of("en", "Expiry check"),
								"parties", List.of("MPS", "MININT"), "expiresOn", "2026-02-30"))))
			.containsExactly("expiresOn");
		assertThat(refusedFields(editor.get(BASE + "/commitments?status=LOST&from=yesterday&sort=password")))
			.contains("sort");
		assertThat(refusedFields(editor.get(BASE + "/commitments?status=LOST&from=yesterday")))
			.containsExactlyInAnyOrder("status", "from");
	}

	@Test
	void aStaleVersionIsRefused() {
		Http editor = TestUsers.create(port, "stale-editor", "MPS", "SECRET", "EDITOR").http();
		Map<String, Object> form = RegistryClient.talks("Locking talks");
		JsonNode talks = ok(editor.post(BASE + "/engagements", form));
		String id = talks.get("id").asString();
		long version = talks.get("version").asLong();
		form.put("outcomes", "First change");
		form.put("version", version);
		assertThat(editor.put(BASE + "/engagements/" + id, form).status()).isEqualTo(200);

		form.put("outcomes", "Second change from an old copy");
		Http.Response conflict = editor.put(BASE + "/engagements/" + id, form);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("currentVersion").asLong()).isGreaterThan(version);
		Http.Response precondition = editor.put(BASE + "/engagements/" + id, form, "\"" + version + "\"");
		assertThat(precondition.status()).isEqualTo(412);
		assertThat(ok(editor.get(BASE + "/engagements/" + id)).get("outcomes").asString()).isEqualTo("First change");

		JsonNode commitment = ok(editor.post(BASE + "/commitments", RegistryClient.commitment(id, "Lock me")));
		Http.Response staleStatus = editor.post(BASE + "/commitments/" + commitment.get("id").asString() + "/status",
				RegistryClient.status("IN_PROGRESS", "Go", commitment.get("version").asLong() + 5));
		assertThat(staleStatus.status()).isEqualTo(409);
	}

	@Test
	void viewersReadOnlyAndInternalNotesStayInsideTheirMinistry() {
		Http mpsEditor = TestUsers.create(port, "owner-editor", "MPS", "SECRET", "EDITOR").http();
		Http mpsViewer = TestUsers.create(port, "owner-viewer", "MPS", "RESTRICTED", "VIEWER").http();
		Http minintEditor = TestUsers.create(port, "partner-editor", "MININT", "SECRET", "EDITOR").http();
		Http minintViewer = TestUsers.create(port, "partner-viewer", "MININT", "RESTRICTED", "VIEWER").http();

		Map<String, Object> form = RegistryClient.talks("Shared talks", "internalNote", "Our line: ask about CIMEQ.");
		assertThat(mpsViewer.post(BASE + "/engagements", form).status()).isEqualTo(403);
		JsonNode shared = ok(mpsEditor.post(BASE + "/engagements", form));
		String id = shared.get("id").asString();

		assertThat(ok(mpsViewer.get(BASE + "/engagements/" + id)).get("internalNote").asString())
			.isEqualTo("Our line: ask about CIMEQ.");
		JsonNode partnerView = ok(minintViewer.get(BASE + "/engagements/" + id));
		assertThat(partnerView.get("internalNote").isNull()).isTrue();
		assertThat(minintViewer.get(BASE + "/engagements?from=2026-03-10&to=2026-03-10&size=200").body()).contains(id)
			.doesNotContain("Our line");

		form.put("version", shared.get("version").asLong());
		assertThat(mpsViewer.put(BASE + "/engagements/" + id, form).status()).isEqualTo(403);
		assertThat(minintEditor.put(BASE + "/engagements/" + id, form).status()).isEqualTo(403);
		assertThat(minintEditor.delete(BASE + "/engagements/" + id).status()).isEqualTo(403);
		assertThat(
				minintViewer.post(BASE + "/commitments", RegistryClient.commitment(id, "Viewer commitment")).status())
			.isEqualTo(403);

		// A record marked internal does not exist for the partner.
		Map<String, Object> secret = RegistryClient.talks("Internal preparation meeting");
		secret.put("internal", true);
		String secretId = ok(mpsEditor.post(BASE + "/engagements", secret)).get("id").asString();
		assertThat(mpsViewer.get(BASE + "/engagements/" + secretId).status()).isEqualTo(200);
		assertThat(minintViewer.get(BASE + "/engagements/" + secretId).status()).isEqualTo(404);
		assertThat(minintViewer.get(BASE + "/engagements?from=2026-03-10&to=2026-03-10&size=200").body())
			.doesNotContain(secretId);

		// The partner keeps its own records, which MPS may read but not change.
		Map<String, Object> theirs = RegistryClient.talks("MININT's own record", "hostAgency", "MININT", "guestAgency",
				"MPS");
		JsonNode minintRecord = ok(minintEditor.post(BASE + "/engagements", theirs));
		assertThat(minintRecord.get("ownerAgency").asString()).isEqualTo("MININT");
		theirs.put("version", minintRecord.get("version").asLong());
		assertThat(mpsEditor.put(BASE + "/engagements/" + minintRecord.get("id").asString(), theirs).status())
			.isEqualTo(403);
		assertThat(mpsViewer.get(BASE + "/engagements/" + minintRecord.get("id").asString()).status()).isEqualTo(200);
	}

}
