package org.puente.registry.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.puente.shared.InvalidInput;

/** Turns what a browser form sends (always text) into what the registry services take. */
final class FormInput {

	private FormInput() {
	}

	/** One entry per non-blank line of a textarea. */
	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static String joined(List<String> values) {
		return values == null ? "" : String.join("\n", values);
	}

	/** The values of a checkbox group or multiple select, blanks left out. */
	static List<String> chosen(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	/**
	 * A hidden version field; absent stays null so the service can say it is required.
	 */
	static Long version(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("version", "invalid.value");
		}
	}

	static Integer integer(List<InvalidInput.FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(new InvalidInput.FieldError(field, "invalid.value"));
			return null;
		}
	}

	static BigDecimal decimal(List<InvalidInput.FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim().replace(" ", "").replace(",", "."));
		}
		catch (NumberFormatException ex) {
			errors.add(new InvalidInput.FieldError(field, "invalid.value"));
			return null;
		}
	}

	/** A value for a text field: empty when there is none. */
	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/** Whether the text is a record id (else it is a name to look up). */
	static boolean isId(String text) {
		try {
			java.util.UUID.fromString(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static boolean checked(String value) {
		return value != null && (value.equals("true") || value.equals("on"));
	}

	/** Rows without blank ones, then {@code extra} blank rows to fill in. */
	static <R> List<R> rows(List<R> rows, Predicate<R> blank, int extra, Supplier<R> empty) {
		List<R> out = new ArrayList<>();
		if (rows != null) {
			rows.stream().filter(r -> r != null && !blank.test(r)).forEach(out::add);
		}
		for (int i = 0; i < extra; i++) {
			out.add(empty.get());
		}
		return out;
	}

	static boolean blank(String... values) {
		return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
	}

}
