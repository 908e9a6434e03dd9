package org.puente.sources.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.shared.InvalidInput;

import org.springframework.context.MessageSource;

/**
 * Refused fields of an import or a review in words: the fields are named after the
 * article and review forms ({@code text}, {@code people[2].rank}), so their labels come
 * from the sources bundle, falling back to the shared field labels.
 */
final class SourceMessages {

	private SourceMessages() {
	}

	static String of(MessageSource messages, InvalidInput.FieldError error, Locale locale) {
		String field = error.field().replaceAll("\\[\\d+]", "");
		String shared = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
		String label = messages.getMessage("sources.import.field." + field, null, null, locale);
		if (label == null) {
			label = messages.getMessage("field." + shared, null, error.field(), locale);
		}
		String reason = error.reason().startsWith("too.long.")
				? messages.getMessage("reason.too.long",
						new Object[] { error.reason().substring("too.long.".length()) }, locale)
				: messages.getMessage("reason." + error.reason(), null, error.reason(), locale);
		return label + ": " + reason;
	}

	/** Field → message, the shape the layout's error summary reads. */
	static Map<String, String> byField(MessageSource messages, List<InvalidInput.FieldError> errors, Locale locale) {
		Map<String, String> out = new LinkedHashMap<>();
		errors.forEach(e -> out.merge(e.field(), of(messages, e, locale), (a, b) -> a + "; " + b));
		return out;
	}

}
