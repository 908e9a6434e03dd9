package org.puente.registry.internal;

import java.util.Set;

/** An activity is planned, under way, or done. */
public enum ActivityStatus implements Lifecycle<ActivityStatus> {

	PLANNED, ONGOING, DONE;

	@Override
	public Set<ActivityStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(ONGOING, DONE);
			case ONGOING -> Set.of(DONE);
			case DONE -> Set.of();
		};
	}

}
