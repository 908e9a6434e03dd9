package org.puente.exchange.evidence.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.puente.exchange.evidence.Signatures;
import org.puente.security.AuditLog;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.NotFound;
import org.puente.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agencies' Ed25519 signing keys, one current key per ministry (a unit signs with its
 * ministry's key). Keys are made at start-up for every ministry that has none, or on
 * first use; the private key lives in {@code agency_key} only encrypted by
 * {@link KeyVault}. The current key is looked up on every signature, so a rotation made
 * by another process (the command line) takes effect at once; decrypted keys are cached
 * by key id.
 */
@Service
class AgencyKeys implements Signatures {

	static final String ALGORITHM = "Ed25519";

	private static final Logger log = LoggerFactory.getLogger(AgencyKeys.class);

	private final JdbcTemplate jdbc;

	private final KeyVault vault;

	private final AgencyLookup agencies;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

	private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

	AgencyKeys(JdbcTemplate jdbc, KeyVault vault, AgencyLookup agencies, AuditLog audit,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.agencies = agencies;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Every ministry gets its key pair when Puente starts, before any message is sent.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void keysForEveryMinistry() {
		AuditLog.runAs("system", () -> {
			agencies.all()
				.stream()
				.filter(agency -> agency.id().equals(agency.ministry()))
				.forEach(agency -> currentKeyId(agency.id()));
			return null;
		});
	}

	@Override
	public Signature sign(AgencyId agency, byte[] content) {
		String keyId = currentKeyId(ministry(agency));
		PrivateKey key = privateKeys.computeIfAbsent(keyId, this::loadPrivate);
		try {
			java.security.Signature signer = java.security.Signature.getInstance(ALGORITHM);
			signer.initSign(key);
			signer.update(content);
			return new Signature(keyId, ALGORITHM, Base64.getEncoder().encodeToString(signer.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with " + keyId, ex);
		}
	}

	@Override
	public boolean verify(Signature signature, byte[] content) {
		if (signature == null || content == null || signature.keyId() == null
				|| !ALGORITHM.equals(signature.algorithm()) || signature.value() == null) {
			return false;
		}
		PublicKey key = publicKey(signature.keyId());
		if (key == null) {
			return false;
		}
		try {
			byte[] value = Base64.getDecoder().decode(signature.value());
			java.security.Signature verifier = java.security.Signature.getInstance(ALGORITHM);
			verifier.initVerify(key);
			verifier.update(content);
			return verifier.verify(value);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	@Override
	public List<AgencyKey> keys(AgencyId agency) {
		AgencyId ministry = ministry(agency);
		currentKeyId(ministry);
		return jdbc.query(
				"select key_id, agency, algorithm, public_key, created_at, retired_at from agency_key where agency = ?"
						+ " order by case when retired_at is null then 0 else 1 end, retired_at desc, created_at desc",
				(rs, n) -> new AgencyKey(rs.getString("key_id"), new AgencyId(rs.getString("agency")),
						rs.getString("algorithm"), pem(rs.getString("public_key")),
						instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("retired_at"))),
				ministry.code());
	}

	@Override
	public AgencyKey rotate(AgencyId agency) {
		AgencyId ministry = ministry(agency);
		return transactions.execute(status -> {
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			List<String> retired = jdbc.queryForList(
					"select key_id from agency_key where agency = ? and retired_at is null for update", String.class,
					ministry.code());
			jdbc.update("update agency_key set retired_at = ? where agency = ? and retired_at is null",
					now.atOffset(ZoneOffset.UTC), ministry.code());
			String keyId = generate(ministry, now);
			audit.append("ROTATE", "agency_key", ministry.code(),
					"{\"retired\":" + json(retired) + ",\"current\":\"" + keyId + "\"}");
			log.info("Rotated the signing key of {}: {} now current, {} retired", ministry, keyId, retired);
			return keys(ministry).get(0);
		});
	}

	/** The ministry whose key signs for an agency or any of its units. */
	private AgencyId ministry(AgencyId agency) {
		return agencies.find(agency).orElseThrow(() -> new NotFound("agency", agency)).ministry();
	}

	private String currentKeyId(AgencyId ministry) {
		String current = current(ministry);
		if (current != null) {
			return current;
		}
		synchronized (this) {
			return transactions.execute(status -> {
				String again = current(ministry);
				return again != null ? again : generate(ministry, Instant.now().truncatedTo(ChronoUnit.MILLIS));
			});
		}
	}

	private String current(AgencyId ministry) {
		List<String> ids = jdbc.queryForList(
				"select key_id from agency_key where agency = ? and retired_at is null order by created_at desc",
				String.class, ministry.code());
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** Makes a key pair and stores it; runs inside the caller's transaction. */
	private String generate(AgencyId ministry, Instant now) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			byte[] spki = pair.getPublic().getEncoded();
			String keyId = ministry.code() + "-" + Sha256.hex(spki).substring(0, 16);
			byte[] pkcs8 = pair.getPrivate().getEncoded();
			String sealed = vault.encrypt(pkcs8, keyId);
			Arrays.fill(pkcs8, (byte) 0);
			jdbc.update(
					"insert into agency_key(key_id, agency, algorithm, public_key, private_key_enc, created_at)"
							+ " values (?, ?, ?, ?, ?, ?)",
					keyId, ministry.code(), ALGORITHM, Base64.getEncoder().encodeToString(spki), sealed,
					now.atOffset(ZoneOffset.UTC));
			audit.append("CREATE", "agency_key", ministry.code(),
					"{\"keyId\":\"" + keyId + "\",\"algorithm\":\"" + ALGORITHM + "\"}");
			log.info("Generated the {} signing key {} of {}", ALGORITHM, keyId, ministry);
			return keyId;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot generate an " + ALGORITHM + " key pair", ex);
		}
	}

	private PrivateKey loadPrivate(String keyId) {
		String sealed = jdbc.queryForObject("select private_key_enc from agency_key where key_id = ?", String.class,
				keyId);
		byte[] pkcs8 = vault.decrypt(sealed, keyId);
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("stored private key of " + keyId + " is unreadable", ex);
		}
		finally {
			Arrays.fill(pkcs8, (byte) 0);
		}
	}

	private PublicKey publicKey(String keyId) {
		PublicKey cached = publicKeys.get(keyId);
		if (cached != null) {
			return cached;
		}
		List<String> stored = jdbc.queryForList("select public_key from agency_key where key_id = ?", String.class,
				keyId);
		if (stored.isEmpty()) {
			return null;
		}
		try {
			PublicKey key = KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.get(0))));
			publicKeys.put(keyId, key);
			return key;
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

	static String pem(String spkiBase64) {
		byte[] der = Base64.getDecoder().decode(spkiBase64);
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String json(List<String> ids) {
		return ids.stream()
			.map(id -> "\"" + id + "\"")
			.reduce((a, b) -> a + "," + b)
			.map(s -> "[" + s + "]")
			.orElse("[]");
	}

}
