package org.puente.shared;

/**
 * Security classification of a record or message, ordered from least to most sensitive.
 */
public enum Classification {

	UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET;

	/** Whether a holder of this clearance may see something marked {@code marking}. */
	public boolean covers(Classification marking) {
		return marking == null || this.ordinal() >= marking.ordinal();
	}

}
