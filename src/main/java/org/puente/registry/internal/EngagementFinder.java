package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements around a date, for the public matching facade
 * ({@link org.puente.registry.RegistryEngagements}).
 */
@Component
public class EngagementFinder {

	private final Engagements engagements;

	EngagementFinder(Engagements engagements) {
		this.engagements = engagements;
	}

	/** Engagements (not deleted) whose dates overlap {@code [from, to]}. */
	@Transactional(readOnly = true)
	public <T> List<T> overlapping(LocalDate from, LocalDate to, java.util.function.Function<Engagement, T> view) {
		return engagements.findAll()
			.stream()
			.filter(e -> !e.deleted() && e.startDate() != null)
			.filter(e -> !e.startDate().isAfter(to)
					&& !(e.endDate() == null ? e.startDate() : e.endDate()).isBefore(from))
			.map(view)
			.toList();
	}

}
