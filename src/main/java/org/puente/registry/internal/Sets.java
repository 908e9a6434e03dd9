package org.puente.registry.internal;

import java.util.Collection;

/**
 * Replaces a mapped collection's content only when it changed, so the audit stays quiet.
 */
final class Sets {

	private Sets() {
	}

	static <T> void replace(Collection<T> target, Collection<T> content) {
		if (!target.equals(content)) {
			target.clear();
			target.addAll(content);
		}
	}

}
