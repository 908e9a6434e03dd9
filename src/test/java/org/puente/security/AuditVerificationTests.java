package org.puente.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerificationTests {

	private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

	/** A correctly chained log of {@code n} entries. */
	private static List<AuditRecord> chain(int n) {
		List<AuditRecord> out = new ArrayList<>();
		String prev = AuditRecord.GENESIS;
		for (int i = 1; i <= n; i++) {
			AuditRecord r = entry(i, "{\"fullName\":{\"before\":null,\"after\":\"Person " + i + "\"}}", prev);
			out.add(r);
			prev = r.hash();
		}
		return out;
	}

	private static AuditRecord entry(long seq, String changes, String prev) {
		Instant at = T0.plusSeconds(seq);
		String hash = AuditRecord.hashOf(seq, at, "editor", "MPS", "CREATE", "Person", "id-" + seq, changes, prev);
		return new AuditRecord(seq, at, "editor", "MPS", "CREATE", "Person", "id-" + seq, changes, prev, hash);
	}

	private static AuditVerification walk(List<AuditRecord> records, long headSeq, String headHash) {
		AuditVerification.Walker walker = new AuditVerification.Walker();
		records.forEach(walker::accept);
		return walker.finish(headSeq, headHash);
	}

	private static AuditVerification walk(List<AuditRecord> records) {
		AuditRecord last = records.get(records.size() - 1);
		return walk(records, last.seq(), last.hash());
	}

	@Test
	void anIntactChainVerifies() {
		List<AuditRecord> log = chain(5);
		AuditVerification result = walk(log);
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(5);
		assertThat(result.firstBrokenSeq()).isNull();
		assertThat(result.reason()).isNull();
	}

	@Test
	void anEmptyLogWithAnEmptyHeadVerifies() {
		assertThat(walk(List.of(), 0, AuditRecord.GENESIS).intact()).isTrue();
	}

	@Test
	void alteredContentIsFoundAtTheAlteredEntry() {
		List<AuditRecord> log = chain(5);
		AuditRecord third = log.get(2);
		log.set(2, new AuditRecord(third.seq(), third.at(), third.actor(), third.actorAgency(), third.action(),
				third.recordType(), third.recordId(), "{\"fullName\":\"forged\"}", third.prevHash(), third.hash()));
		AuditVerification result = walk(log);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.reason()).isEqualTo("content.hash.mismatch");
	}

	@Test
	void anAlteredActorIsFound() {
		List<AuditRecord> log = chain(3);
		AuditRecord second = log.get(1);
		log.set(1, new AuditRecord(second.seq(), second.at(), "someone-else", second.actorAgency(), second.action(),
				second.recordType(), second.recordId(), second.changes(), second.prevHash(), second.hash()));
		assertThat(walk(log).firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void aRecomputedEntryBreaksTheLinkToTheNextOne() {
		// Someone rewrites entry 2 and recomputes its hash: entry 3 no longer points at
		// it.
		List<AuditRecord> log = chain(4);
		AuditRecord second = log.get(1);
		log.set(1, entry(2, "{\"forged\":true}", second.prevHash()));
		AuditVerification result = walk(log);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.reason()).isEqualTo("previous.hash.mismatch");
	}

	@Test
	void aRemovedEntryInTheMiddleIsAGap() {
		List<AuditRecord> log = chain(5);
		log.remove(2);
		AuditVerification result = walk(log);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(4);
		assertThat(result.reason()).isEqualTo("gap.in.sequence");
	}

	@Test
	void aMissingFirstEntryIsAGap() {
		List<AuditRecord> log = chain(3);
		log.remove(0);
		assertThat(walk(log).firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void aMissingTailIsFoundAgainstTheHead() {
		List<AuditRecord> log = chain(5);
		AuditRecord last = log.remove(4);
		AuditVerification result = walk(log, last.seq(), last.hash());
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(5);
		assertThat(result.reason()).isEqualTo("entries.missing.at.end");
		assertThat(result.checked()).isEqualTo(4);
	}

	@Test
	void aWipedLogIsFoundAgainstTheHead() {
		List<AuditRecord> log = chain(2);
		AuditVerification result = walk(List.of(), 2, log.get(1).hash());
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(1);
	}

	@Test
	void theFirstBreakIsReportedNotTheLast() {
		List<AuditRecord> log = chain(6);
		AuditRecord second = log.get(1);
		log.set(1, new AuditRecord(second.seq(), second.at(), second.actor(), second.actorAgency(), "DELETE",
				second.recordType(), second.recordId(), second.changes(), second.prevHash(), second.hash()));
		log.remove(4);
		AuditVerification result = walk(log);
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.checked()).isEqualTo(2);
	}

}
