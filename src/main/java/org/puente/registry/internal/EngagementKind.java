package org.puente.registry.internal;

/** The forms a meeting between the partners takes. */
public enum EngagementKind {

	OFFICIAL_VISIT, WORKING_VISIT, TALKS, WORKING_SESSION, COURTESY_CALL, RECEPTION, PHONE_TALKS, SIGNING_CEREMONY,
	COMMEMORATION, MEETING

}
