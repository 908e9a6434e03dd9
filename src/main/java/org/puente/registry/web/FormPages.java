package org.puente.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.puente.registry.internal.Lifecycle;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** What every registry form page does alike: refusals, status choices, labels. */
final class FormPages {

	/** Fields given as a list, whose refusals show at the list's one control. */
	static final Set<String> LISTS = Set.of("areas", "parties", "signatories", "sources", "raisedAt", "commitments");

	private FormPages() {
	}

	/**
	 * Puts the refused fields in the model for the error summary and the fields; a
	 * refused item of a list shows at the list's control.
	 */
	static void errors(Model model, MessageSource messages, List<InvalidInput.FieldError> errors) {
		List<InvalidInput.FieldError> folded = new ArrayList<>();
		for (InvalidInput.FieldError e : errors) {
			String field = e.field();
			int bracket = field.indexOf('[');
			if (bracket > 0 && field.endsWith("]") && LISTS.contains(field.substring(0, bracket))) {
				field = field.substring(0, bracket);
			}
			folded.add(new InvalidInput.FieldError(field, e.reason()));
		}
		FormErrors.add(model, messages, folded.stream().distinct().toList());
	}

	static ModelAndView page(Model model, String view, HttpStatus status) {
		return new ModelAndView(view, model.asMap(), status);
	}

	/** Enum constants by name, in declaration order. */
	static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	/**
	 * The statuses a record may move to: first the usual next steps, then the others,
	 * which need a reason.
	 */
	static <S extends Enum<S> & Lifecycle<S>> Map<String, List<String>> moves(S current, Class<S> type) {
		List<String> usual = new ArrayList<>();
		List<String> skipping = new ArrayList<>();
		for (S s : type.getEnumConstants()) {
			if (s == current) {
				continue;
			}
			(current.allows(s) ? usual : skipping).add(s.name());
		}
		Map<String, List<String>> moves = new LinkedHashMap<>();
		moves.put("usual", usual);
		moves.put("skipping", skipping);
		return moves;
	}

	/**
	 * Rewrites the reason of a refused field: a name the directory does not know is an
	 * unknown person, not a malformed id.
	 */
	static InvalidInput relabel(InvalidInput ex, Set<String> unknownPeople) {
		if (unknownPeople.isEmpty()) {
			return ex;
		}
		return new InvalidInput(ex.errors()
			.stream()
			.map(e -> unknownPeople.contains(e.field()) ? new InvalidInput.FieldError(e.field(), "unknown.person") : e)
			.toList());
	}

	/** A day as the user's language writes it; empty when there is none. */
	static String day(LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
	}

	/** Who changed a record last, and when, in the user's language. */
	static String changed(Instant at, String by, Locale locale) {
		String when = at == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(locale)
					.withZone(ZoneId.systemDefault())
					.format(at);
		return when + " · " + (by == null ? "" : by);
	}

}
