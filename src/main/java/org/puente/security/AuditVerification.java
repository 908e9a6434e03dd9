package org.puente.security;

/**
 * The outcome of checking the audit chain: how many entries were checked and, when the
 * chain is broken, the first entry that does not fit and why.
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String reason) {

	/** Walks entries in sequence order; pure logic, no database. */
	public static final class Walker {

		private long checked;

		private String previousHash = AuditRecord.GENESIS;

		private long previousSeq;

		private AuditVerification broken;

		/** Feeds the next entry; returns false once the chain is known to be broken. */
		public boolean accept(AuditRecord record) {
			if (broken != null) {
				return false;
			}
			checked++;
			if (record.seq() != previousSeq + 1) {
				broken = new AuditVerification(false, checked, record.seq(), "gap.in.sequence");
			}
			else if (!record.prevHash().equals(previousHash)) {
				broken = new AuditVerification(false, checked, record.seq(), "previous.hash.mismatch");
			}
			else if (!record.hash().equals(record.expectedHash())) {
				broken = new AuditVerification(false, checked, record.seq(), "content.hash.mismatch");
			}
			previousHash = record.hash();
			previousSeq = record.seq();
			return broken == null;
		}

		/** Completes the walk against the chain head the log keeps separately. */
		public AuditVerification finish(long headSeq, String headHash) {
			if (broken != null) {
				return broken;
			}
			if (headSeq != previousSeq || !headHash.equals(previousHash)) {
				return new AuditVerification(false, checked, previousSeq + 1, "entries.missing.at.end");
			}
			return new AuditVerification(true, checked, null, null);
		}

	}

}
