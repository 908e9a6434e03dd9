package org.puente.screening;

/** The kind of a listed document. */
public enum DocumentType {

	PASSPORT, ID_CARD, VISA, RESIDENCE_PERMIT, TRAVEL_DOCUMENT, OTHER

}
