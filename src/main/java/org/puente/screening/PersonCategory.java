package org.puente.screening;

/** Why a person is on a watchlist. */
public enum PersonCategory {

	WANTED_ARREST, WANTED_INFORMATION, MISSING_PERSON, SUSPECTED_TRAFFICKER, VICTIM, DEPORTATION_ORDER, OTHER

}
