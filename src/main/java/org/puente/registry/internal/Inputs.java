package org.puente.registry.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.puente.shared.Checks;

/** Reading the loose values of a form (texts, codes, enums, ids) into checked ones. */
final class Inputs {

	static final int SOURCE_MAX = 100;

	private Inputs() {
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static <E extends Enum<E>> E choice(Checks checks, String field, String value, Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				checks.fail(field, "required");
			}
			return null;
		}
		String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElseGet(() -> {
			checks.fail(field, "invalid.choice");
			return null;
		});
	}

	static UUID id(Checks checks, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			checks.fail(field, "invalid.value");
			return null;
		}
	}

	/** A set of trimmed, non-blank texts, each at most {@code max} long. */
	static Set<String> texts(Checks checks, String field, Collection<String> values, int max) {
		Set<String> out = new LinkedHashSet<>();
		if (values == null) {
			return out;
		}
		int i = 0;
		for (String value : values) {
			if (value == null || value.isBlank()) {
				checks.fail(field + "[" + i + "]", "required");
			}
			else if (value.trim().length() > max) {
				checks.fail(field + "[" + i + "]", "too.long." + max);
			}
			else {
				out.add(value.trim());
			}
			i++;
		}
		return out;
	}

	static Set<UUID> ids(Checks checks, String field, Collection<String> values) {
		Set<UUID> out = new LinkedHashSet<>();
		if (values == null) {
			return out;
		}
		int i = 0;
		for (String value : values) {
			UUID id = id(checks, field + "[" + i + "]", value);
			if (id != null) {
				out.add(id);
			}
			else if (value == null || value.isBlank()) {
				checks.fail(field + "[" + i + "]", "required");
			}
			i++;
		}
		return out;
	}

	/** At least one language of a trilingual text, each at most {@code max} long. */
	static Texts trilingual(Checks checks, String field, Texts form, int max) {
		if (form == null) {
			checks.fail(field, "text.in.one.language");
			return null;
		}
		checks.optional(field + ".vi", form.vi(), max)
			.optional(field + ".es", form.es(), max)
			.optional(field + ".en", form.en(), max);
		Texts texts = Texts.of(form.vi(), form.es(), form.en());
		if (texts.empty()) {
			checks.fail(field, "text.in.one.language");
		}
		return texts;
	}

}
