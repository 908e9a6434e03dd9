package org.puente.exchange;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.exchange.evidence.Signatures;
import org.puente.exchange.evidence.Signatures.AgencyKey;
import org.puente.exchange.evidence.Signatures.Signature;
import org.puente.shared.AgencyId;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agencies' signing keys: signatures verify, a changed text or signature does not,
 * rotation keeps old signatures verifiable, the private key is never stored in clear, and
 * only an administrator of the agency rotates its key.
 */
@IntegrationTest
class SignaturesIT {

	static final AgencyId MPS = new AgencyId("MPS");

	static final AgencyId MININT = new AgencyId("MININT");

	@LocalServerPort
	int port;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	static byte[] text(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aSignatureVerifiesAndATamperedTextOrSignatureDoesNot() {
		byte[] message = text("Yêu cầu hỗ trợ khẩn cấp — solicitud urgente " + UUID.randomUUID());
		Signature signature = signatures.sign(MININT, message);
		assertThat(signature.algorithm()).isEqualTo("Ed25519");
		assertThat(signature.keyId()).startsWith("MININT-");
		assertThat(signatures.verify(signature, message)).isTrue();

		byte[] tampered = message.clone();
		tampered[3] ^= 1;
		assertThat(signatures.verify(signature, tampered)).isFalse();
		byte[] value = Base64.getDecoder().decode(signature.value());
		value[10] ^= 1;
		assertThat(signatures.verify(
				new Signature(signature.keyId(), signature.algorithm(), Base64.getEncoder().encodeToString(value)),
				message))
			.isFalse();
		assertThat(signatures.verify(new Signature("MININT-0000000000000000", "Ed25519", signature.value()), message))
			.isFalse();
		assertThat(signatures.verify(new Signature(signature.keyId(), "Ed25519", "not base64!"), message)).isFalse();
		// The other agency's key does not vouch for this one's signature.
		String mpsKey = signatures.keys(MPS).get(0).keyId();
		assertThat(signatures.verify(new Signature(mpsKey, "Ed25519", signature.value()), message)).isFalse();
	}

	@Test
	void aUnitSignsWithItsMinistrysKey() {
		String unit = jdbc.queryForObject(
				"select code from agency where parent_code = 'MPS' order by code fetch first 1 rows only",
				String.class);
		Signature signature = signatures.sign(new AgencyId(unit), text("unit"));
		assertThat(signature.keyId()).isEqualTo(signatures.keys(MPS).get(0).keyId());
	}

	@Test
	void rotationKeepsOldSignaturesVerifiableAndIsAudited() throws Exception {
		byte[] message = text("Thông báo tự nguyện " + UUID.randomUUID());
		Signature before = signatures.sign(MPS, message);
		Http admin = TestUsers.create(port, "keyadmin", "MPS", "SECRET", "ADMIN").http();
		Http.Response rotated = admin.post("/api/v1/exchange/keys/MPS/rotate", Map.of());
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		JsonNode keys = rotated.json().get("keys");
		String current = keys.get(0).get("keyId").asString();
		assertThat(current).isNotEqualTo(before.keyId());
		assertThat(keys.get(0).get("retired").isNull()).isTrue();
		JsonNode old = null;
		for (JsonNode key : keys) {
			if (key.get("keyId").asString().equals(before.keyId())) {
				old = key;
			}
		}
		assertThat(old).as("the retired key is still listed").isNotNull();
		assertThat(old.get("retired").isNull()).isFalse();

		Signature after = signatures.sign(MPS, message);
		assertThat(after.keyId()).isEqualTo(current);
		assertThat(signatures.verify(before, message)).isTrue();
		assertThat(signatures.verify(after, message)).isTrue();

		// Anyone can check the old signature offline with the published retired key.
		String pem = old.get("publicKeyPem").asString();
		byte[] der = Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
		verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
		verifier.update(message);
		assertThat(verifier.verify(Base64.getDecoder().decode(before.value()))).isTrue();

		Integer audited = jdbc
			.queryForObject("select count(*) from audit_entry where action = 'ROTATE' and record_type = 'agency_key'"
					+ " and record_id = 'MPS' and changes like ?", Integer.class, "%" + current + "%");
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void thePrivateKeyIsNotStoredInClear() {
		signatures.sign(MININT, text("x"));
		List<Map<String, Object>> rows = jdbc.queryForList("select key_id, private_key_enc from agency_key");
		assertThat(rows).isNotEmpty();
		for (Map<String, Object> row : rows) {
			String stored = (String) row.get("private_key_enc");
			// A PKCS#8 Ed25519 private key in base64 always starts like this.
			assertThat(stored).doesNotContain("MC4CAQAwBQYDK2Vw");
			assertThat(stored).startsWith("v1:");
			String[] parts = stored.split(":");
			byte[] sealed = Base64.getDecoder().decode(parts[2]);
			assertThatThrownBy(() -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(sealed)))
				.isInstanceOf(Exception.class);
			// 48 PKCS#8 bytes plus the 16-byte GCM tag.
			assertThat(sealed).hasSize(48 + 16);
		}
	}

	@Test
	void everyUserReadsThePublicKeysButOnlyTheAgencysAdministratorRotates() {
		Http viewer = TestUsers.create(port, "keyviewer", "MININT", "UNCLASSIFIED", "VIEWER").http();
		Http.Response read = viewer.get("/api/v1/exchange/keys/MPS");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("agency").asString()).isEqualTo("MPS");
		assertThat(read.json().get("keys").get(0).get("publicKeyPem").asString()).startsWith("-----BEGIN PUBLIC KEY");
		assertThat(read.body()).doesNotContain("private");

		String before = signatures.keys(MPS).get(0).keyId();
		Http otherAdmin = TestUsers.create(port, "keyother", "MININT", "SECRET", "ADMIN").http();
		Http.Response foreign = otherAdmin.post("/api/v1/exchange/keys/MPS/rotate", Map.of());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.header("Content-Type")).contains("application/problem+json");
		Http editor = TestUsers.create(port, "keyeditor", "MPS", "SECRET", "EDITOR").http();
		assertThat(editor.post("/api/v1/exchange/keys/MPS/rotate", Map.of()).status()).isEqualTo(403);
		assertThat(new Http(port).post("/api/v1/exchange/keys/MPS/rotate", Map.of()).status()).isEqualTo(401);
		assertThat(new Http(port).get("/api/v1/exchange/keys/MPS").status()).isEqualTo(401);
		assertThat(signatures.keys(MPS).get(0).keyId()).as("no refused call rotated").isEqualTo(before);

		assertThat(viewer.get("/api/v1/exchange/keys/NOSUCH").status()).isEqualTo(404);
		assertThat(viewer.get("/api/v1/exchange/keys/bad%20code").status()).isEqualTo(400);
	}

}
