package org.puente.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.shared.Sha256;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import org.puente.support.TestUsers.User;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.exchange.ExchangeClient.BASE;
import static org.puente.exchange.ExchangeClient.message;
import static org.puente.exchange.ExchangeClient.ok;
import static org.puente.exchange.ExchangeClient.openCase;
import static org.puente.exchange.ExchangeClient.send;

/**
 * The evidence: a case's hash chain and signatures catch a message changed behind
 * Puente's back, directly in the database; the audit log never holds a message's text.
 */
@IntegrationTest
class ExchangeEvidenceIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseEvidence evidence;

	@Test
	void verificationNamesTheFirstMessageChangedInTheDatabase() {
		User sender = TestUsers.create(port, "t-mps", "MPS-A05", "SECRET", "EDITOR");
		User dgci = TestUsers.create(port, "t-dgci", "MININT-DGCI", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		JsonNode c = openCase(sender.http(), "Tamper " + marker, "MININT-DGCI");
		String caseId = c.get("id").asString();
		String reference = c.get("reference").asString();
		assertThat(reference).matches("MPS-\\d{4}-\\d{6}");
		String first = send(sender.http(), caseId,
				message("First " + marker, "Meeting at the port on Monday", "RESTRICTED", "MININT-DGCI"))
			.get("id")
			.asString();
		JsonNode second = send(sender.http(), caseId,
				message("Second " + marker, "Ship leaves on Thứ Ba with 40 containers", "RESTRICTED", "MININT-DGCI"));
		String secondId = second.get("id").asString();
		String third = ok(dgci.http()
			.post(BASE + "/messages/" + secondId + "/replies", message("Re " + marker, "Noted", "RESTRICTED")))
			.get("id")
			.asString();
		assertThat(second.get("signature").get("algorithm").asString()).isNotBlank();
		assertThat(second.get("prevHash").asString())
			.isEqualTo(ok(sender.http().get(BASE + "/messages/" + first)).get("hash").asString());

		JsonNode intact = ok(sender.http().get(BASE + "/cases/" + caseId + "/verification"));
		assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
		assertThat(intact.get("messagesChecked").asInt()).isEqualTo(3);
		assertThat(evidence.verify(reference).intact()).isTrue();

		// Someone with database access changes the second message's text.
		assertThat(jdbc.update("update exchange_message set body = ? where id = ?",
				"Ship leaves on Thứ Tư with 4 containers", UUID.fromString(secondId)))
			.isEqualTo(1);
		JsonNode broken = ok(dgci.http().get(BASE + "/cases/" + caseId + "/verification"));
		assertThat(broken.get("intact").asBoolean()).isFalse();
		assertThat(broken.get("firstBroken").get("seq").asInt()).isEqualTo(2);
		assertThat(broken.get("firstBroken").get("messageId").asString()).isEqualTo(secondId);
		assertThat(broken.get("firstBroken").get("problem").asString()).isEqualTo("content-changed");
		CaseVerification cli = evidence.verify(reference);
		assertThat(cli.intact()).isFalse();
		assertThat(cli.firstBroken().seq()).isEqualTo(2);
		assertThat(cli.firstBroken().messageId()).hasToString(secondId);

		// Covering it up by storing the new content's hash breaks the signature and the
		// next link instead.
		String body = "Ship leaves on Thứ Tư with 4 containers";
		String forged = jdbc.queryForObject("select hash from exchange_message where id = ?", String.class,
				UUID.fromString(secondId));
		assertThat(forged).isEqualTo(second.get("hash").asString());
		String rehashed = Sha256.hex(body); // any value other than the one signed
		jdbc.update("update exchange_message set hash = ? where id = ?", rehashed, UUID.fromString(secondId));
		CaseVerification covered = evidence.verify(reference);
		assertThat(covered.findings()).extracting(CaseVerification.Finding::problem)
			.contains("content-changed", "chain-broken");
		assertThat(covered.findings()).filteredOn(f -> f.problem().equals("chain-broken"))
			.extracting(f -> f.messageId().toString())
			.containsExactly(third);
		assertThat(covered.firstBroken().seq()).isEqualTo(2);
	}

	@Test
	void theAuditLogRecordsAMessageWithoutItsText() {
		User sender = TestUsers.create(port, "a-mps", "MPS-A05", "SECRET", "EDITOR");
		String marker = ExchangeClient.marker();
		String caseId = openCase(sender.http(), "Audit " + marker, "MININT-DGCI").get("id").asString();
		String secret = "Informant lives at " + marker;
		String id = send(sender.http(), caseId, message("Sealed " + marker, secret, "SECRET", "MININT-DGCI")).get("id")
			.asString();
		List<Map<String, Object>> entries = jdbc.queryForList(
				"select action, changes from audit_entry where record_type = 'ExchangeMessage' and record_id = ?", id);
		assertThat(entries).hasSize(1);
		String changes = String.valueOf(entries.get(0).get("changes"));
		assertThat(changes).doesNotContain(marker).contains("sha256:" + Sha256.hex(secret));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'Delivery' and changes like ?", Long.class,
				"%" + id + "%"))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where changes like ?", Long.class,
				"%" + marker + "%"))
			.as("only the case title carries the marker")
			.isEqualTo(1);
	}

}
