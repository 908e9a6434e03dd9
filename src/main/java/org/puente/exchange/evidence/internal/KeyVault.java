package org.puente.exchange.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts private keys at rest with AES-256-GCM under a key derived (PBKDF2-HMAC-SHA256)
 * from the installation's master secret: {@code puente.exchange.key-secret} or
 * {@code PUENTE_KEY_SECRET}, else a random secret generated once into
 * {@code <data-dir>/keys/master.key}, readable by its owner only. The row's key id is the
 * associated data, so a ciphertext moved to another row does not decrypt.
 */
@Component
class KeyVault {

	private static final Logger log = LoggerFactory.getLogger(KeyVault.class);

	static final String FORMAT = "v1";

	private static final byte[] SALT = "puente/exchange/agency-key/v1".getBytes(StandardCharsets.UTF_8);

	private static final int ITERATIONS = 210_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	KeyVault(@Value("${puente.exchange.key-secret:${PUENTE_KEY_SECRET:}}") String secret,
			@Value("${puente.data-dir:./data}") String dataDir) {
		String master = secret == null || secret.isBlank() ? fileSecret(Path.of(dataDir, "keys", "master.key"))
				: secret;
		this.key = derive(master);
	}

	String encrypt(byte[] plain, String keyId) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			Base64.Encoder b64 = Base64.getEncoder();
			return FORMAT + ":" + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a private key", ex);
		}
	}

	byte[] decrypt(String stored, String keyId) {
		String[] parts = stored.split(":");
		if (parts.length != 3 || !FORMAT.equals(parts[0])) {
			throw new IllegalStateException("private key of " + keyId + " is not in a known format");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(parts[1])));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(Base64.getDecoder().decode(parts[2]));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the private key of " + keyId
					+ " does not decrypt: the master secret (PUENTE_KEY_SECRET or keys/master.key) is not the one it was stored with",
					ex);
		}
	}

	private static SecretKey derive(String master) {
		try {
			SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] bytes = factory.generateSecret(new PBEKeySpec(master.toCharArray(), SALT, ITERATIONS, 256))
				.getEncoded();
			return new SecretKeySpec(bytes, "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot derive the key-encryption key", ex);
		}
	}

	private static String fileSecret(Path file) {
		try {
			if (!Files.exists(file)) {
				Path folder = file.getParent();
				Files.createDirectories(folder);
				restrict(folder, "rwx------");
				byte[] random = new byte[32];
				RANDOM.nextBytes(random);
				Path temp = Files.createTempFile(folder, "master", ".tmp");
				restrict(temp, "rw-------");
				Files.writeString(temp, Base64.getEncoder().encodeToString(random));
				try {
					Files.move(temp, file);
					log.warn(
							"No PUENTE_KEY_SECRET set: generated the master secret that encrypts the agencies' "
									+ "signing keys into {} (owner-only). Back it up with the database.",
							file.toAbsolutePath());
				}
				catch (FileAlreadyExistsException raced) {
					// Another process wrote it first: use theirs.
					Files.deleteIfExists(temp);
				}
			}
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the master secret " + file, ex);
		}
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			log.warn("cannot restrict permissions of {} on this file system", path);
		}
	}

}
