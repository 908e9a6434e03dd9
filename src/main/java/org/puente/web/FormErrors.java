package org.puente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.puente.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * Puts a refused form's errors in the model the way the layout's error summary expects
 * them: {@code errors} (field → message, in order) for the summary at the top and each
 * field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void add(Model model, MessageSource messages, InvalidInput ex) {
		add(model, messages, ex.errors());
	}

	public static void add(Model model, MessageSource messages, List<InvalidInput.FieldError> errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (InvalidInput.FieldError error : errors) {
			byField.merge(error.field(), FieldMessages.of(messages, error, LocaleContextHolder.getLocale()),
					(a, b) -> a + "; " + b);
		}
		model.addAttribute("errors", byField);
	}

}
