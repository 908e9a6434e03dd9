package org.puente.registry.internal;

import java.util.Set;

/** A status with the statuses that may follow it in the usual order. */
public interface Lifecycle<S extends Enum<S>> {

	Set<S> next();

	/** Whether moving to {@code target} follows the usual order. */
	default boolean allows(S target) {
		return next().contains(target);
	}

}
