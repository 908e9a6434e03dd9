package org.puente.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects every refused field of a request before failing, so a form or API client
 * learns all its mistakes at once.
 */
public final class Checks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final List<InvalidInput.FieldError> errors = new ArrayList<>();

	public Checks fail(String field, String reason) {
		errors.add(new InvalidInput.FieldError(field, reason));
		return this;
	}

	/** A non-blank text of at most {@code max} characters. */
	public Checks required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return fail(field, "required");
		}
		return optional(field, value, max);
	}

	public Checks optional(String field, String value, int max) {
		if (value != null && value.length() > max) {
			fail(field, "too.long." + max);
		}
		return this;
	}

	public Checks present(String field, Object value) {
		if (value == null) {
			fail(field, "required");
		}
		return this;
	}

	/** An ISO 3166 alpha-2 country code. */
	public Checks country(String field, String value) {
		if (value == null || value.isBlank()) {
			return fail(field, "required");
		}
		if (!COUNTRIES.contains(value.trim().toUpperCase(Locale.ROOT))) {
			fail(field, "invalid.country");
		}
		return this;
	}

	/** An optional ISO date; returns it parsed, or null when absent or invalid. */
	public LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			fail(field, "invalid.date");
			return null;
		}
	}

	public Checks order(String field, LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			fail(field, "end.before.start");
		}
		return this;
	}

	public boolean ok() {
		return errors.isEmpty();
	}

	/** Throws {@link InvalidInput} naming every refused field, if any. */
	public void orThrow() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
