package org.puente.exchange;

/**
 * Checks the evidence of a case for operators (the {@code puente exchange verify}
 * command): every message and receipt, without a user's reading restrictions.
 */
public interface CaseEvidence {

	/**
	 * @throws org.puente.shared.NotFound when no case has this reference
	 */
	CaseVerification verify(String reference);

}
