package org.puente.exchange;

import java.util.List;
import java.util.UUID;

/**
 * The result of checking a case's evidence: every message's hash, its link to the one
 * before, its signature, its attachments' checksums, and every receipt's signature.
 *
 * @param firstBroken the first finding in chain order, or {@code null} when intact
 */
public record CaseVerification(String reference, boolean intact, int messagesChecked, int receiptsChecked,
		Finding firstBroken, List<Finding> findings) {

	/**
	 * One thing that does not fit.
	 *
	 * @param seq the message's place in the case's chain
	 * @param messageId {@code null} when the reader may not see that message
	 * @param problem a stable code: {@code content-changed}, {@code chain-broken},
	 * {@code sequence-gap}, {@code signature-invalid}, {@code unsigned},
	 * {@code attachment-changed}, {@code attachment-missing}, {@code head-mismatch},
	 * {@code receipt-changed}, {@code receipt-signature-invalid},
	 * {@code receipt-unsigned}
	 */
	public record Finding(int seq, UUID messageId, String problem, String detail) {
	}

}
