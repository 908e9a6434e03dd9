package org.puente.registry.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.puente.shared.NotFound;

/**
 * Records a show page links to: looked up through their service, so a record the user may
 * not see is left out rather than shown or failing the page.
 */
final class RecordLinks {

	private RecordLinks() {
	}

	static <T> Optional<T> visible(Supplier<T> lookup) {
		try {
			return Optional.ofNullable(lookup.get());
		}
		catch (NotFound ex) {
			return Optional.empty(); // deleted, or not the user's to see: no link
		}
	}

	static <T> T orNull(UUID id, Function<UUID, T> lookup) {
		return id == null ? null : visible(() -> lookup.apply(id)).orElse(null);
	}

	static <T> List<T> all(Collection<UUID> ids, Function<UUID, T> lookup) {
		return ids.stream().map(id -> orNull(id, lookup)).filter(Objects::nonNull).toList();
	}

}
