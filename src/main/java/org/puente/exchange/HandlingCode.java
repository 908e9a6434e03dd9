package org.puente.exchange;

/**
 * What the sender allows the addressees to do with a message: H0 use only to prevent or
 * combat crime; H1 not in court without the sender's permission; H2 not passed on without
 * the sender's permission (forwarding is refused until the sender grants it); H3 other
 * restrictions, stated in the message's handling text.
 */
public enum HandlingCode {

	H0, H1, H2, H3

}
