package org.puente.registry.internal;

/**
 * Filters of a registry list as a client sends them; blank values do not filter.
 * {@code partnership} is an id or a code, {@code agency} a ministry (with its units) or a
 * unit, {@code from}/{@code to} ISO dates.
 */
public record ListFilter(String partnership, String area, String status, String from, String to, String person,
		String agency) {

	public static ListFilter none() {
		return new ListFilter(null, null, null, null, null, null, null);
	}

}
