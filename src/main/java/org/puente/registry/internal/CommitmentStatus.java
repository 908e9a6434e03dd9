package org.puente.registry.internal;

import java.util.Set;

/**
 * The life of a commitment: proposed → agreed → in progress → done | stalled | dropped. A
 * stalled commitment can be taken up again.
 */
public enum CommitmentStatus implements Lifecycle<CommitmentStatus> {

	PROPOSED, AGREED, IN_PROGRESS, DONE, STALLED, DROPPED;

	@Override
	public Set<CommitmentStatus> next() {
		return switch (this) {
			case PROPOSED -> Set.of(AGREED, DROPPED);
			case AGREED -> Set.of(IN_PROGRESS, STALLED, DROPPED);
			case IN_PROGRESS -> Set.of(DONE, STALLED, DROPPED);
			case STALLED -> Set.of(IN_PROGRESS, DROPPED);
			case DONE, DROPPED -> Set.of();
		};
	}

	public boolean open() {
		return this != DONE && this != DROPPED;
	}

}
