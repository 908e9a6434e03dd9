package org.puente.directory.web;

import java.util.Arrays;
import java.util.List;

import org.puente.shared.InvalidInput;

/** Turns what a browser form sends (always text) into what the services take. */
final class PagesInput {

	private PagesInput() {
	}

	/** One entry per non-blank line of a textarea. */
	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * A hidden version field; absent stays null so the service can say it is required.
	 */
	static Long number(String text) {
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

	static Integer integer(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "invalid.value");
		}
	}

}
