package org.puente.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.exchange.ExchangeClient.BASE;
import static org.puente.exchange.ExchangeClient.ids;
import static org.puente.exchange.ExchangeClient.message;
import static org.puente.exchange.ExchangeClient.ok;
import static org.puente.exchange.ExchangeClient.openCase;
import static org.puente.exchange.ExchangeClient.refusedFields;
import static org.puente.exchange.ExchangeClient.send;

/**
 * Who sees what: a message reaches only its readers cleared for it, and no list, search,
 * count, timeline, verification or event gives away the others. Who may do what: roles,
 * agencies, clearances, with nothing half-saved.
 */
@IntegrationTest
class ExchangeAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	ExchangeEvents events;

	@Test
	void aRestrictedUserNeverSeesAConfidentialMessage() {
		User sender = TestUsers.create(port, "x-mps", "MPS-A05", "SECRET", "EDITOR");
		User cleared = TestUsers.create(port, "x-dgci-secret", "MININT-DGCI", "SECRET", "VIEWER");
		User restricted = TestUsers.create(port, "x-dgci-restr", "MININT-DGCI", "RESTRICTED", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Phishing ring " + marker, "MININT-DGCI").get("id").asString();
		String confidential = send(sender.http(), caseId, message("Confidential lead " + marker,
				"Bank accounts of the ring " + marker, "CONFIDENTIAL", "MININT-DGCI"))
			.get("id")
			.asString();
		String restrictedId = send(sender.http(), caseId,
				message("Restricted lead " + marker, "Domains used by the ring " + marker, "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		Http low = restricted.http();

		// The cleared reader sees both, everywhere.
		assertThat(ids(ok(cleared.http().get(BASE + "/inbox?caseId=" + caseId)).get("items")))
			.containsExactlyInAnyOrder(confidential, restrictedId);
		assertThat(ok(cleared.http().get(BASE + "/search?q=" + marker)).get("totalHits").asLong()).isEqualTo(2);

		// Inbox and its counts, with every filter.
		JsonNode inbox = ok(low.get(BASE + "/inbox?caseId=" + caseId));
		assertThat(ids(inbox.get("items"))).containsExactly(restrictedId);
		assertThat(inbox.get("totalItems").asLong()).isEqualTo(1);
		assertThat(inbox.get("counts").get("unread").asLong()).isEqualTo(1);
		assertThat(inbox.get("counts").get("awaitingAnswer").asLong()).isEqualTo(1);
		assertThat(ok(low.get(BASE + "/inbox?caseId=" + caseId + "&classification=CONFIDENTIAL")).get("totalItems")
			.asLong()).isZero();
		assertThat(ok(low.get(BASE + "/inbox?caseId=" + caseId + "&unread=true")).get("totalItems").asLong())
			.isEqualTo(1);

		// Search: hits and the total.
		JsonNode search = ok(low.get(BASE + "/search?q=" + marker));
		assertThat(ids(search.get("hits"))).containsExactly(restrictedId);
		assertThat(search.get("totalHits").asLong()).isEqualTo(1);
		assertThat(ok(low.get(BASE + "/search?q=accounts+" + marker)).get("totalHits").asLong()).isZero();

		// The case, its messages, its timeline, its verification.
		assertThat(ok(low.get(BASE + "/cases/" + caseId)).get("messages").asLong()).isEqualTo(1);
		assertThat(ids(ok(low.get(BASE + "/cases/" + caseId + "/messages")))).containsExactly(restrictedId);
		JsonNode timeline = ok(low.get(BASE + "/cases/" + caseId + "/timeline"));
		assertThat(timeline.valueStream().map(e -> e.get("messageId").asString()).toList()).doesNotContain(confidential)
			.contains(restrictedId);
		assertThat(timeline.toString()).doesNotContain("Confidential lead");
		JsonNode verification = ok(low.get(BASE + "/cases/" + caseId + "/verification"));
		assertThat(verification.get("intact").asBoolean()).isTrue();
		assertThat(verification.get("messagesChecked").asInt()).isEqualTo(1);

		// The message itself, its receipts and the actions on it are "not found".
		assertThat(low.get(BASE + "/messages/" + confidential).status()).isEqualTo(404);
		assertThat(low.get(BASE + "/messages/" + confidential + "/receipts").status()).isEqualTo(404);
		assertThat(low.post(BASE + "/messages/" + confidential + "/acknowledgement", Map.of()).status()).isEqualTo(404);
		assertThat(low
			.post(BASE + "/messages/" + confidential + "/replies", message("Re", "Answer", "RESTRICTED", "MPS-A05"))
			.status()).isEqualTo(404);

		// Live-update events carry the rule: the restricted reader may not be told.
		MessageSent event = events.sent.stream()
			.filter(e -> e.messageId().toString().equals(confidential))
			.findFirst()
			.orElseThrow();
		assertThat(Readers.mayRead(user(restricted, "MININT", Classification.RESTRICTED), event.readers(),
				event.classification()))
			.isFalse();
		assertThat(Readers.mayRead(user(cleared, "MININT", Classification.SECRET), event.readers(),
				event.classification()))
			.isTrue();
		assertThat(Readers.mayRead(user(restricted, "MININT", Classification.RESTRICTED),
				events.sent.stream()
					.filter(e -> e.messageId().toString().equals(restrictedId))
					.findFirst()
					.orElseThrow()
					.readers(),
				Classification.RESTRICTED))
			.isTrue();
	}

	@Test
	void aUnitThatIsNotAddressedSeesNoMessage() {
		User sender = TestUsers.create(port, "n-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "n-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		User cimeq = TestUsers.create(port, "n-cimeq", "MININT-CIMEQ", "SECRET", "EDITOR");
		User mpsMinistry = TestUsers.create(port, "n-mps-hq", "MPS", "SECRET", "VIEWER");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Trafficking route " + marker, "MININT-DGCI", "MININT-CIMEQ").get("id")
			.asString();
		String id = send(sender.http(), caseId,
				message("Route via third country " + marker, "Passports seen " + marker, "UNCLASSIFIED", "MININT-DGCI"))
			.get("id")
			.asString();

		// CIMEQ takes part in the case but is not addressed: it sees the case, not the
		// message.
		Http other = cimeq.http();
		assertThat(ok(other.get(BASE + "/cases/" + caseId)).get("messages").asLong()).isZero();
		assertThat(ok(other.get(BASE + "/cases/" + caseId + "/messages"))).isEmpty();
		assertThat(ok(other.get(BASE + "/inbox?caseId=" + caseId)).get("totalItems").asLong()).isZero();
		assertThat(ok(other.get(BASE + "/inbox?box=SENT&caseId=" + caseId)).get("totalItems").asLong()).isZero();
		assertThat(ok(other.get(BASE + "/search?q=" + marker)).get("totalHits").asLong()).isZero();
		assertThat(ok(other.get(BASE + "/cases/" + caseId + "/timeline")).toString()).doesNotContain(id);
		assertThat(other.get(BASE + "/messages/" + id).status()).isEqualTo(404);

		// The addressed unit and the sending ministry see it.
		assertThat(ok(dgci.http().get(BASE + "/search?q=" + marker)).get("totalHits").asLong()).isEqualTo(1);
		assertThat(ok(mpsMinistry.http().get(BASE + "/inbox?box=UNIT&caseId=" + caseId)).get("totalItems").asLong())
			.isZero();
		assertThat(ok(mpsMinistry.http().get(BASE + "/search?q=" + marker)).get("totalHits").asLong()).isEqualTo(1);

		// A case only MPS takes part in is MPS's alone: not listed, not found for MININT.
		String internal = openCase(sender.http(), "Internal " + marker, "MPS").get("id").asString();
		assertThat(ids(ok(sender.http().get(BASE + "/cases?q=" + marker)).get("items")))
			.containsExactlyInAnyOrder(caseId, internal);
		assertThat(ids(ok(mpsMinistry.http().get(BASE + "/cases?q=" + marker + "&status=OPEN")).get("items")))
			.containsExactlyInAnyOrder(caseId, internal);
		assertThat(ids(ok(dgci.http().get(BASE + "/cases?q=" + marker)).get("items"))).containsExactly(caseId);
		assertThat(dgci.http().get(BASE + "/cases/" + internal).status()).isEqualTo(404);
		assertThat(dgci.http().get(BASE + "/cases/" + internal + "/timeline").status()).isEqualTo(404);
		assertThat(dgci.http()
			.post(BASE + "/cases/" + internal + "/messages", message("In", "Text", "UNCLASSIFIED", "MPS"))
			.status()).isEqualTo(404);
		assertThat(ok(mpsMinistry.http().get(BASE + "/messages/" + id)).get("subject").asString()).contains(marker);
		// The sending ministry's reading is not the addressee's read receipt.
		JsonNode receipts = ok(sender.http().get(BASE + "/messages/" + id + "/receipts"));
		assertThat(receipts.get(0).get("readAt").isNull()).isTrue();
	}

	@Test
	void searchIgnoresCaseAndVietnameseDiacritics() {
		User sender = TestUsers.create(port, "s-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "s-dgci", "MININT-DGCI", "SECRET", "VIEWER");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Search " + marker, "MININT-DGCI").get("id").asString();
		String vi = send(sender.http(), caseId, message("Tấn công an ninh mạng " + marker,
				"Đối tượng ở Đà Nẵng đã chuyển tiền " + marker, "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		String es = send(sender.http(), caseId, message("Operación en La Habana " + marker,
				"Información sobre la red " + marker, "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		assertThat(ids(ok(dgci.http().get(BASE + "/search?q=an+ninh+mang+" + marker)).get("hits"))).containsExactly(vi);
		assertThat(ids(ok(dgci.http().get(BASE + "/search?q=doi+tuong+da+nang+" + marker)).get("hits")))
			.containsExactly(vi);
		assertThat(ids(ok(dgci.http()
			.get(BASE + "/search?q="
					+ java.net.URLEncoder.encode("ĐỐI TƯỢNG " + marker, java.nio.charset.StandardCharsets.UTF_8)))
			.get("hits"))).containsExactly(vi);
		assertThat(ids(ok(dgci.http().get(BASE + "/search?q=operacion+habana+" + marker)).get("hits")))
			.containsExactly(es);
		assertThat(ids(ok(dgci.http().get(BASE + "/search?q=" + marker + "&caseId=" + caseId)).get("hits")))
			.containsExactlyInAnyOrder(vi, es);
		assertThat(refusedFields(dgci.http().get(BASE + "/search?q="))).containsExactly("q");
	}

	@Test
	void rolesAgenciesAndClearancesAreEnforcedAndNothingIsHalfSaved() {
		User sender = TestUsers.create(port, "d-mps", "MPS-A05", "RESTRICTED", "EDITOR");
		User viewer = TestUsers.create(port, "d-mps-viewer", "MPS-A05", "SECRET", "VIEWER");
		User partner = TestUsers.create(port, "d-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Denials " + marker, "MININT-DGCI").get("id").asString();
		Map<String, Object> ok = message("Denied " + marker, "Text " + marker, "RESTRICTED", "MININT-DGCI");

		assertThat(new Http(port).get(BASE + "/cases/" + caseId).status()).isEqualTo(401);
		assertThat(new Http(port).post(BASE + "/cases/" + caseId + "/messages", ok).status()).isEqualTo(401);
		assertThat(new Http(port).get(BASE + "/inbox").status()).isEqualTo(401);
		Http.Response byViewer = viewer.http().post(BASE + "/cases/" + caseId + "/messages", ok);
		assertThat(byViewer.status()).isEqualTo(403);
		assertThat(byViewer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(viewer.http().post(BASE + "/cases", Map.of("title", "Viewer case")).status()).isEqualTo(403);
		// The partner ministry takes part but does not own the case.
		assertThat(partner.http().post(BASE + "/cases/" + caseId + "/status", Map.of("status", "CLOSED")).status())
			.isEqualTo(403);

		Map<String, Object> above = message("Above " + marker, "Text", "SECRET", "MININT-DGCI");
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", above)))
			.containsExactly("classification");
		Map<String, Object> bad = new java.util.HashMap<>(message(" ", "", "TOP", "NOPE", "MININT-DGCI"));
		bad.put("handlingCodes", List.of("H3", "H9"));
		bad.put("informationAccuracy", 7);
		bad.put("sourceReliability", "Z");
		bad.put("requestType", "GOSSIP");
		bad.put("deadline", "tomorrow");
		bad.put("attachments", List.of(UUID.randomUUID().toString()));
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", bad)))
			.containsExactlyInAnyOrder("addressees[0]", "subject", "text", "classification", "handlingCodes[1]",
					"handlingText", "informationAccuracy", "sourceReliability", "requestType", "deadline",
					"attachments[0]");
		Map<String, Object> notice = message("Notice " + marker, "Text", "RESTRICTED", "MININT-DGCI");
		notice.put("requestType", "NOTIFICATION");
		notice.put("deadline", "2030-01-01T00:00:00Z");
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", notice)))
			.containsExactly("deadline");
		Map<String, Object> past = message("Past " + marker, "Text", "RESTRICTED", "MININT-DGCI");
		past.put("deadline", "2020-01-01T00:00:00Z");
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", past)))
			.containsExactly("deadline");
		assertThat(refusedFields(sender.http()
			.post(BASE + "/cases", Map.of("title", "", "agencies", List.of("NOWHERE"), "areas", List.of("astrology")))))
			.containsExactlyInAnyOrder("title", "agencies[0]", "areas[0]");

		// None of it was saved.
		JsonNode view = ok(sender.http().get(BASE + "/cases/" + caseId));
		assertThat(view.get("messages").asLong()).isZero();
		assertThat(ok(sender.http().get(BASE + "/cases/" + caseId + "/verification")).get("intact").asBoolean())
			.isTrue();

		// A closed case takes no more messages; its owner reopens it.
		ok(sender.http().post(BASE + "/cases/" + caseId + "/status", Map.of("status", "CLOSED", "note", "done")));
		assertThat(refusedFields(sender.http().post(BASE + "/cases/" + caseId + "/messages", ok)))
			.containsExactly("case");
		JsonNode reopened = ok(
				sender.http().post(BASE + "/cases/" + caseId + "/status", Map.of("status", "OPEN", "note", "more")));
		assertThat(reopened.get("history").valueStream().map(h -> h.get("status").asString()).toList())
			.containsExactly("OPEN", "CLOSED", "OPEN");
		assertThat(ok(sender.http().post(BASE + "/cases/" + caseId + "/messages", ok)).get("seq").asInt()).isEqualTo(1);
	}

	private static CurrentUser user(User user, String ministry, Classification clearance) {
		return new CurrentUser(user.id(), user.username(), user.username(), new AgencyId(user.agency()),
				new AgencyId(ministry), Set.of(Role.VIEWER), clearance, "en");
	}

}
