package org.puente.registry.internal;

import java.util.Set;

/**
 * The life of an agreement: draft → negotiating → signed → in force → expired |
 * terminated.
 */
public enum AgreementStatus implements Lifecycle<AgreementStatus> {

	DRAFT, NEGOTIATING, SIGNED, IN_FORCE, EXPIRED, TERMINATED;

	@Override
	public Set<AgreementStatus> next() {
		return switch (this) {
			case DRAFT -> Set.of(NEGOTIATING, TERMINATED);
			case NEGOTIATING -> Set.of(SIGNED, TERMINATED);
			case SIGNED -> Set.of(IN_FORCE, TERMINATED);
			case IN_FORCE -> Set.of(EXPIRED, TERMINATED);
			case EXPIRED, TERMINATED -> Set.of();
		};
	}

}
