package org.puente.names;

import java.time.LocalDate;

/**
 * A date of birth as far as it is known: one day, a year only, or a range of days. A
 * missing date is {@code null}, never a BirthDate.
 *
 * @param from first possible day
 * @param to last possible day (equal to {@code from} for a full date)
 */
public record BirthDate(LocalDate from, LocalDate to) {

	public BirthDate {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("birth date range " + from + "/" + to);
		}
	}

	/** A full date. */
	public static BirthDate on(LocalDate day) {
		return new BirthDate(day, day);
	}

	/** A year only. */
	public static BirthDate inYear(int year) {
		return new BirthDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * Reads {@code YYYY-MM-DD}, {@code YYYY} or {@code FROM/TO} (each side either form);
	 * blank gives {@code null}.
	 * @throws IllegalArgumentException on anything else
	 */
	public static BirthDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		int slash = t.indexOf('/');
		if (slash > 0) {
			BirthDate a = parse(t.substring(0, slash));
			BirthDate b = parse(t.substring(slash + 1));
			if (a == null || b == null) {
				throw new IllegalArgumentException("birth date range " + t);
			}
			return new BirthDate(a.from(), b.to());
		}
		if (t.matches("\\d{4}")) {
			return inYear(Integer.parseInt(t));
		}
		try {
			return on(LocalDate.parse(t));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("birth date " + t, ex);
		}
	}

	public boolean exact() {
		return from.equals(to);
	}

	@Override
	public String toString() {
		if (exact()) {
			return from.toString();
		}
		if (from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31))) {
			return Integer.toString(from.getYear());
		}
		return from + "/" + to;
	}

}
