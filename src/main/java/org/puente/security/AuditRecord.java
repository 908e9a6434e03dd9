package org.puente.security;

import java.time.Instant;

import org.puente.shared.Sha256;

/** One entry of the hash-chained audit log. */
public record AuditRecord(long seq, Instant at, String actor, String actorAgency, String action, String recordType,
		String recordId, String changes, String prevHash, String hash) {

	public static final String GENESIS = "0".repeat(64);

	/**
	 * The hash an entry must carry: SHA-256 over its content and its predecessor's hash.
	 */
	public static String hashOf(long seq, Instant at, String actor, String actorAgency, String action,
			String recordType, String recordId, String changes, String prevHash) {
		String canonical = String.join("\u001f", Long.toString(seq), Long.toString(at.toEpochMilli()), actor,
				actorAgency == null ? "" : actorAgency, action, recordType, recordId, changes, prevHash);
		return Sha256.hex(canonical);
	}

	public String expectedHash() {
		return hashOf(seq, at, actor, actorAgency, action, recordType, recordId, changes, prevHash);
	}

}
