package org.puente.registry.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.RegistrySearch;
import org.puente.registry.internal.RegistrySearch.Hit;
import org.puente.security.CurrentUsers;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Registry search", description = "Full-text search across agreements, engagements and commitments")
@RestController
class RegistrySearchApi {

	static final Set<String> TYPES = Set.of("AGREEMENT", "ENGAGEMENT", "COMMITMENT", "ACTIVITY", "REVIEW");

	private final RegistrySearch search;

	RegistrySearchApi(RegistrySearch search) {
		this.search = search;
	}

	/** Found records, best first; the words that matched are marked in each snippet. */
	record Results(String query, List<Hit> hits) {
	}

	@GetMapping("/api/v1/registry/search")
	@PreAuthorize("hasRole('VIEWER')")
	Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "20") int size) {
		new Checks().required("q", q, 200).orThrow();
		Set<String> types = type == null || type.isBlank() ? Set.of()
				: Arrays.stream(type.split(","))
					.map(t -> t.trim().toUpperCase(Locale.ROOT))
					.collect(Collectors.toSet());
		if (!TYPES.containsAll(types)) {
			throw new InvalidInput("type", "invalid.choice");
		}
		return new Results(q, search.search(CurrentUsers.get(), q, types, Math.max(1, Math.min(size, 100))));
	}

}
