package org.puente.registry.internal;

/** What sort of instrument an agreement is. */
public enum AgreementKind {

	FRAMEWORK, MOU, PROTOCOL, PLAN, PROGRAMME

}
