package org.puente.exchange;

/**
 * Where a case stands: messages may be sent while it is open or on hold, not once closed.
 */
public enum CaseStatus {

	OPEN, ON_HOLD, CLOSED

}
