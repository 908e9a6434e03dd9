package org.puente.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.MovableClock;
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
import static org.puente.exchange.ExchangeClient.send;

/**
 * A message's life: delivery, reading, acknowledgement and answer with signed receipts;
 * deadlines and overdue flags on both sides; corrections; H2 forwarding.
 */
@IntegrationTest
class ExchangeMessagingIT {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Test
	void theSenderSeesEachAddresseesDeliveryReadAcknowledgementAndAnswer() {
		User sender = TestUsers.create(port, "r-mps", "MPS-A05", "SECRET", "EDITOR");
		User reader = TestUsers.create(port, "r-dgci-reader", "MININT-DGCI", "SECRET", "VIEWER");
		User officer = TestUsers.create(port, "r-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Receipts " + marker, "MININT-DGCI", "MININT-CIMEQ").get("id")
			.asString();
		JsonNode sent = send(sender.http(), caseId, message("Who owns the servers? " + marker,
				"Three addresses " + marker, "RESTRICTED", "MININT-DGCI", "MININT-CIMEQ"));
		String id = sent.get("id").asString();
		assertThat(sent.get("deliveries")).hasSize(2);
		for (JsonNode d : sent.get("deliveries")) {
			assertThat(d.get("deliveredAt").isNull()).isFalse();
			assertThat(d.get("readAt").isNull()).isTrue();
			assertThat(d.get("receipts").get(0).get("kind").asString()).isEqualTo("DELIVERED");
			assertThat(d.get("receipts").get(0).get("signature").get("value").asString()).isNotBlank();
		}

		// An addressee's counts before and after reading.
		assertThat(ok(officer.http().get(BASE + "/inbox?unread=true&caseId=" + caseId)).get("totalItems").asLong())
			.isEqualTo(1);
		JsonNode read = ok(reader.http().get(BASE + "/messages/" + id));
		assertThat(read.get("deliveries")).hasSize(1); // an addressee sees its own
														// delivery only
		assertThat(read.get("deliveries").get(0).get("readBy").asString()).isEqualTo(reader.username());
		assertThat(ok(officer.http().get(BASE + "/inbox?unread=true&caseId=" + caseId)).get("totalItems").asLong())
			.isZero();
		// A second reader of the same unit does not move the receipt.
		ok(officer.http().get(BASE + "/messages/" + id));
		ok(officer.http().post(BASE + "/messages/" + id + "/acknowledgement", Map.of()));
		JsonNode reply = ok(officer.http()
			.post(BASE + "/messages/" + id + "/replies",
					message("Re: servers " + marker, "Registered to a front company " + marker, "RESTRICTED")));
		assertThat(reply.get("replyTo").asString()).isEqualTo(id);
		assertThat(reply.get("addressees").valueStream().map(JsonNode::asString).toList()).containsExactly("MPS-A05");

		JsonNode receipts = ok(sender.http().get(BASE + "/messages/" + id + "/receipts"));
		JsonNode dgci = receipts.valueStream()
			.filter(d -> d.get("addressee").asString().equals("MININT-DGCI"))
			.findFirst()
			.orElseThrow();
		assertThat(dgci.get("readBy").asString()).isEqualTo(reader.username());
		assertThat(dgci.get("acknowledgedBy").asString()).isEqualTo(officer.username());
		assertThat(dgci.get("answeredBy").asString()).isEqualTo(officer.username());
		assertThat(dgci.get("answerId").asString()).isEqualTo(reply.get("id").asString());
		assertThat(dgci.get("receipts").valueStream().map(r -> r.get("kind").asString()).toList())
			.containsExactly("DELIVERED", "READ", "ACKNOWLEDGED", "ANSWERED");
		JsonNode cimeq = receipts.valueStream()
			.filter(d -> d.get("addressee").asString().equals("MININT-CIMEQ"))
			.findFirst()
			.orElseThrow();
		assertThat(cimeq.get("readAt").isNull()).isTrue();
		assertThat(cimeq.get("answeredAt").isNull()).isTrue();

		// The answer reaches the officer who asked.
		assertThat(ids(ok(sender.http().get(BASE + "/inbox?box=MINE&caseId=" + caseId)).get("items")))
			.containsExactly(reply.get("id").asString());
		// Someone of the unit who was not addressed cannot acknowledge for it.
		User other = TestUsers.create(port, "r-mps-other", "MPS-A05", "SECRET", "EDITOR");
		assertThat(other.http().post(BASE + "/messages/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(403);
		// Every receipt's signature checks out.
		JsonNode verification = ok(sender.http().get(BASE + "/cases/" + caseId + "/verification"));
		assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
		// two deliveries, then read, acknowledged and answered; the reply delivered once
		assertThat(verification.get("receiptsChecked").asInt()).isEqualTo(6);
		// delivered/read/...
	}

	@Test
	void requestsGetDeadlinesAndBothSidesSeeThemOverdue() {
		User sender = TestUsers.create(port, "o-mps", "MPS-A05", "SECRET", "EDITOR");
		User officer = TestUsers.create(port, "o-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Deadlines " + marker, "MININT-DGCI").get("id").asString();
		Map<String, Object> urgent = message("Urgent " + marker, "Now " + marker, "RESTRICTED", "MININT-DGCI");
		urgent.put("urgency", "URGENT");
		JsonNode u = send(sender.http(), caseId, urgent);
		assertThat(Duration.between(Instant.parse(u.get("sentAt").asString()),
				Instant.parse(u.get("deadline").asString())))
			.isEqualTo(Duration.ofHours(12));
		JsonNode n = send(sender.http(), caseId,
				message("Normal " + marker, "Later " + marker, "RESTRICTED", "MININT-DGCI"));
		assertThat(Duration.between(Instant.parse(n.get("sentAt").asString()),
				Instant.parse(n.get("deadline").asString())))
			.isEqualTo(Duration.ofHours(72));
		Map<String, Object> explicit = message("Explicit " + marker, "By then", "RESTRICTED", "MININT-DGCI");
		explicit.put("deadline", Instant.parse(u.get("sentAt").asString()).plus(Duration.ofHours(30)).toString());
		JsonNode e = send(sender.http(), caseId, explicit);
		Map<String, Object> info = message("Info " + marker, "FYI", "RESTRICTED", "MININT-DGCI");
		info.put("requestType", "SPONTANEOUS_INFORMATION");
		JsonNode i = send(sender.http(), caseId, info);
		assertThat(i.get("deadline").isNull()).isTrue();
		String inbox = BASE + "/inbox?caseId=" + caseId;
		assertThat(ok(officer.http().get(inbox)).get("counts").get("overdue").asLong()).isZero();

		try {
			clock.advance(Duration.ofHours(13));
			assertThat(ids(ok(officer.http().get(inbox + "&overdue=true")).get("items")))
				.containsExactly(u.get("id").asString());
			assertThat(ok(officer.http().get(BASE + "/messages/" + u.get("id").asString())).get("overdue").asBoolean())
				.isTrue();
			// The sender's side is flagged too, per addressee.
			JsonNode sentBox = ok(sender.http().get(BASE + "/inbox?box=SENT&overdue=true&caseId=" + caseId));
			assertThat(ids(sentBox.get("items"))).containsExactly(u.get("id").asString());
			assertThat(sentBox.get("items").get(0).get("overdue").asBoolean()).isTrue();
			assertThat(ok(sender.http().get(BASE + "/messages/" + u.get("id").asString() + "/receipts")).get(0)
				.get("overdue")
				.asBoolean()).isTrue();

			clock.advance(Duration.ofHours(20)); // 33 h: the explicit 30 h deadline
													// passed too
			assertThat(ids(ok(officer.http().get(inbox + "&overdue=true")).get("items")))
				.containsExactlyInAnyOrder(u.get("id").asString(), e.get("id").asString());

			// Answering clears the flag on both sides.
			ok(officer.http()
				.post(BASE + "/messages/" + u.get("id").asString() + "/replies",
						message("Re " + marker, "Done", "RESTRICTED")));
			assertThat(ids(ok(officer.http().get(inbox + "&overdue=true")).get("items")))
				.containsExactly(e.get("id").asString());
			assertThat(ids(ok(sender.http().get(BASE + "/inbox?box=SENT&overdue=true&caseId=" + caseId)).get("items")))
				.containsExactly(e.get("id").asString());
			JsonNode counts = ok(officer.http().get(inbox)).get("counts");
			assertThat(counts.get("overdue").asLong()).isEqualTo(1);
			assertThat(counts.get("awaitingAnswer").asLong()).isEqualTo(2); // the
																			// explicit
																			// and the
																			// normal one
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void anH2MessageIsForwardedOnlyWhereItsSenderAllowed() {
		User sender = TestUsers.create(port, "f-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "f-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		User cimeq = TestUsers.create(port, "f-cimeq", "MININT-CIMEQ", "SECRET", "VIEWER");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Forwarding " + marker, "MININT-DGCI", "MININT-CIMEQ").get("id")
			.asString();
		Map<String, Object> h2 = message("Informant report " + marker, "Name withheld " + marker, "CONFIDENTIAL",
				"MININT-DGCI");
		h2.put("handlingCodes", List.of("H1", "H2"));
		String id = send(sender.http(), caseId, h2).get("id").asString();
		Map<String, Object> forward = Map.of("addressees", List.of("MININT-CIMEQ"), "note", "For the hospital");

		Http.Response refused = dgci.http().post(BASE + "/messages/" + id + "/forwards", forward);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:puente:problem:forwarding-not-permitted");
		assertThat(refused.json().get("refused").get(0).asString()).isEqualTo("MININT-CIMEQ");
		assertThat(refused.json().get("detail").asString()).contains("H2");
		assertThat(ok(sender.http().get(BASE + "/cases/" + caseId)).get("messages").asLong()).isEqualTo(1);
		// Only the sending side grants.
		assertThat(dgci.http()
			.post(BASE + "/messages/" + id + "/forwarding-permissions", Map.of("agencies", List.of("MININT-CIMEQ")))
			.status()).isEqualTo(403);
		JsonNode granted = ok(sender.http()
			.post(BASE + "/messages/" + id + "/forwarding-permissions", Map.of("agencies", List.of("MININT-CIMEQ"))));
		assertThat(granted.get(0).get("agency").asString()).isEqualTo("MININT-CIMEQ");
		assertThat(granted.get(0).get("grantedBy").asString()).isEqualTo(sender.username());

		JsonNode forwarded = ok(dgci.http().post(BASE + "/messages/" + id + "/forwards", forward));
		assertThat(forwarded.get("forwardOf").asString()).isEqualTo(id);
		assertThat(forwarded.get("classification").asString()).isEqualTo("CONFIDENTIAL");
		assertThat(forwarded.get("handlingCodes").valueStream().map(JsonNode::asString).toList()).containsExactly("H1",
				"H2");
		assertThat(forwarded.get("text").asString()).startsWith("For the hospital").contains("Name withheld");
		// Still only to the allowed unit.
		assertThat(
				dgci.http().post(BASE + "/messages/" + id + "/forwards", Map.of("addressees", List.of("MPS"))).status())
			.isEqualTo(403);
		// The new addressee reads the forwarded message, not the original.
		assertThat(ok(cimeq.http().get(BASE + "/messages/" + forwarded.get("id").asString())).get("subject").asString())
			.contains(marker);
		assertThat(cimeq.http().get(BASE + "/messages/" + id).status()).isEqualTo(404);

		// Without H2 no permission is needed.
		String plain = send(sender.http(), caseId,
				message("Open report " + marker, "Anyone may know", "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		assertThat(dgci.http().post(BASE + "/messages/" + plain + "/forwards", forward).status()).isEqualTo(201);
	}

	@Test
	void messagesAreNeverChangedOnlyCorrected() {
		User sender = TestUsers.create(port, "c-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "c-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Corrections " + marker, "MININT-DGCI").get("id").asString();
		String id = send(sender.http(), caseId,
				message("Suspect born 1980 " + marker, "Born 1980", "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		assertThat(sender.http().put(BASE + "/messages/" + id, Map.of("text", "Born 1981")).status()).isEqualTo(405);
		assertThat(dgci.http()
			.post(BASE + "/messages/" + id + "/corrections", message("Fix", "Born 1982", "RESTRICTED"))
			.status()).isEqualTo(403);
		JsonNode correction = ok(sender.http()
			.post(BASE + "/messages/" + id + "/corrections",
					message("Correction " + marker, "Born 1981", "RESTRICTED")));
		assertThat(correction.get("correctionOf").asString()).isEqualTo(id);
		assertThat(correction.get("addressees").valueStream().map(JsonNode::asString).toList())
			.containsExactly("MININT-DGCI");
		JsonNode original = ok(dgci.http().get(BASE + "/messages/" + id));
		assertThat(original.get("text").asString()).isEqualTo("Born 1980");
		assertThat(original.get("correctedBy").get(0).asString()).isEqualTo(correction.get("id").asString());
		assertThat(correction.get("seq").asInt()).isEqualTo(2);
		assertThat(correction.get("prevHash").asString()).isEqualTo(original.get("hash").asString());
	}

}
