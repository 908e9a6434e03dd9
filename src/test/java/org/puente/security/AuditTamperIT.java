package org.puente.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing or removing audit rows behind the application's back is detected. Each test
 * puts the row back afterwards, so the shared test database keeps an intact chain for the
 * other test classes that reuse this context.
 */
@IntegrationTest
class AuditTamperIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	JsonNode verify() {
		Http.Response response = TestUsers.admin(port).get("/api/v1/admin/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	long recentChange() {
		// Makes sure there are entries of our own after the seed ones.
		TestUsers.create(port, "tamper", "MPS", "RESTRICTED", "VIEWER");
		TestUsers.admin(port)
			.post("/api/v1/people",
					Map.of("fullName", "Tamper Target", "country", "VN", "classification", "UNCLASSIFIED"));
		Long max = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
		assertThat(max).isGreaterThan(3);
		return max;
	}

	@Test
	void anAlteredEntryIsFound() {
		long seq = recentChange() - 1;
		assertThat(verify().get("intact").asBoolean()).isTrue();
		String original = jdbc.queryForObject("select changes from audit_entry where seq = ?", String.class, seq);
		try {
			jdbc.update("update audit_entry set changes = ? where seq = ?", "{\"fullName\":\"forged\"}", seq);
			JsonNode broken = verify();
			assertThat(broken.get("intact").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(seq);
			assertThat(broken.get("reason").asString()).isEqualTo("content.hash.mismatch");
		}
		finally {
			jdbc.update("update audit_entry set changes = ? where seq = ?", original, seq);
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void anAlteredActorIsFound() {
		long seq = recentChange() - 2;
		String original = jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, seq);
		try {
			jdbc.update("update audit_entry set actor = ? where seq = ?", "innocent", seq);
			JsonNode broken = verify();
			assertThat(broken.get("intact").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(seq);
		}
		finally {
			jdbc.update("update audit_entry set actor = ? where seq = ?", original, seq);
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void aDeletedLastEntryIsFound() {
		long last = recentChange();
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", last);
		try {
			assertThat(jdbc.update("delete from audit_entry where seq = ?", last)).isEqualTo(1);
			JsonNode broken = verify();
			assertThat(broken.get("intact").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(last);
			assertThat(broken.get("reason").asString()).isEqualTo("entries.missing.at.end");
		}
		finally {
			reinsert(row);
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void aDeletedEntryInTheMiddleIsFound() {
		long seq = recentChange() - 1;
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
		try {
			jdbc.update("delete from audit_entry where seq = ?", seq);
			JsonNode broken = verify();
			assertThat(broken.get("intact").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(seq + 1);
			assertThat(broken.get("reason").asString()).isEqualTo("gap.in.sequence");
		}
		finally {
			reinsert(row);
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update(
				"insert into audit_entry(seq, at, actor, actor_agency, action, record_type, record_id, changes,"
						+ " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				row.get("seq"), row.get("at"), row.get("actor"), row.get("actor_agency"), row.get("action"),
				row.get("record_type"), row.get("record_id"), row.get("changes"), row.get("prev_hash"),
				row.get("hash"));
	}

}
