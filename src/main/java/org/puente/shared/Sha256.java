package org.puente.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: file checksums, hashed secrets, the audit chain. */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	/** Of a text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Of a file's bytes, streamed. */
	public static String hex(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return hexOf(digest);
	}

	/** A digest to feed piece by piece (a stream being written, lines in order). */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Completes a digest from {@link #newDigest()}. */
	public static String hexOf(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
