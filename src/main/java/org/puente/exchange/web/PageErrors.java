package org.puente.exchange.web;

import java.util.List;

import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The error summary of the exchange forms: a refused item of a list
 * ({@code addressees[1]}) is reported on the list's field, so the summary links to the
 * control the user changes.
 */
final class PageErrors {

	private PageErrors() {
	}

	static void add(Model model, MessageSource texts, InvalidInput ex) {
		add(model, texts, ex.errors());
	}

	static void add(Model model, MessageSource texts, List<InvalidInput.FieldError> errors) {
		FormErrors.add(model, texts,
				errors.stream()
					.map(e -> new InvalidInput.FieldError(e.field().replaceAll("\\[\\d+]", ""), e.reason()))
					.toList());
	}

}
