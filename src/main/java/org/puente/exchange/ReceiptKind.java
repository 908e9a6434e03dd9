package org.puente.exchange;

/**
 * The events of a message's delivery to one addressee, each signed by the receiving
 * agency.
 */
public enum ReceiptKind {

	DELIVERED, READ, ACKNOWLEDGED, ANSWERED

}
