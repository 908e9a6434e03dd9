package org.puente.screening;

/** Why a travel or identity document is on a watchlist. */
public enum DocumentStatus {

	LOST, STOLEN, REVOKED, INVALID

}
