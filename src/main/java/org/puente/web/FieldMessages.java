package org.puente.web;

import java.util.Locale;

import org.puente.shared.InvalidInput;

import org.springframework.context.MessageSource;

/** Turns a refused field into a sentence in the user's language. */
public final class FieldMessages {

	private FieldMessages() {
	}

	public static String of(MessageSource messages, InvalidInput.FieldError error, Locale locale) {
		String label = messages.getMessage("field." + error.field().replaceAll("\\[\\d+]", ""), null, error.field(),
				locale);
		String reason = error.reason().startsWith("too.long.")
				? messages.getMessage("reason.too.long",
						new Object[] { error.reason().substring("too.long.".length()) }, locale)
				: messages.getMessage("reason." + error.reason(), null, error.reason(), locale);
		return label + ": " + reason;
	}

}
