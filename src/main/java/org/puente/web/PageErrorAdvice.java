package org.puente.web;

import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Error pages for the browser UI, in the user's language, without internals. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

	private final MessageSource messages;

	PageErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A page asked for with a value it cannot use (a bad date in a filter, say): name the
	 * value and why, as a form would.
	 */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInput ex, Model model) {
		FormErrors.add(model, messages, ex);
		model.addAttribute("status", 400);
		return "error";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class, AuthorizationDeniedException.class })
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Model model) {
		model.addAttribute("status", 403);
		return "error";
	}

	@ExceptionHandler(StaleVersion.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		model.addAttribute("status", 409);
		return "error";
	}

}
