package org.puente.registry;

import java.util.List;

import org.puente.registry.DocumentEntries.Activity;
import org.puente.registry.DocumentEntries.Agreement;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Review;

/**
 * What an implementation review report of an agreement is made of: every commitment the
 * agreement covers (all of its partnership's for a framework) with its whole history, the
 * activities carrying them out, and the reviews held. The report picks its period out of
 * them.
 */
public record ReviewReportData(Agreement agreement, List<Commitment> commitments, List<Activity> activities,
		List<Review> reviews) {
}
