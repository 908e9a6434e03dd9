package org.puente.registry;

import java.util.List;
import java.util.Map;

/**
 * A partnership in figures, as the dashboard charts it: engagements per year by level and
 * activities by area, labels already in the reader's language (an area's label is empty
 * when the activities carry out no commitment with an area).
 */
public record PartnershipFigures(Series engagementsByLevel, Series activitiesByArea) {

	/** Bars (labelled) of counts per category. */
	public record Series(List<String> categories, List<Bar> bars) {

		public boolean empty() {
			return bars.isEmpty();
		}

	}

	/** One bar: its label and its count per category. */
	public record Bar(String label, Map<String, Long> counts) {
	}

}
