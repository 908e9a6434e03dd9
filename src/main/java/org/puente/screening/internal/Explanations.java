package org.puente.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A match's reasons as the engine gives them ({@code NAME_PART_TYPO(an→anh)},
 * {@code BIRTH_DATE_EQUAL}), cut down for the asking side and worded for readers. The
 * asker may see what it typed and how it scored, never a spelling only the entry holds:
 * an argument after {@code →} and the parts of the entry the probe lacks are dropped.
 */
@Component("screeningReasons")
public class Explanations {

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	/** The reasons the asking side may read. */
	public static List<String> forAsker(List<String> reasons) {
		List<String> out = new ArrayList<>();
		for (String reason : reasons) {
			int open = reason.indexOf('(');
			if (open < 0 || !reason.endsWith(")")) {
				out.add(reason);
				continue;
			}
			String code = reason.substring(0, open);
			String argument = reason.substring(open + 1, reason.length() - 1);
			if (code.equals("NAME_PART_NOT_IN_PROBE")) {
				out.add(code);
			}
			else if (argument.contains("→")) {
				out.add(code + "(" + argument.substring(0, argument.indexOf('→')) + ")");
			}
			else {
				out.add(reason);
			}
		}
		return out;
	}

	/**
	 * Each reason in the reader's language; a reason without a message stays as given.
	 */
	public List<String> words(List<String> reasons, Locale locale) {
		List<String> out = new ArrayList<>();
		for (String reason : reasons == null ? List.<String>of() : reasons) {
			int open = reason.indexOf('(');
			String code = open < 0 ? reason : reason.substring(0, open);
			String argument = open < 0 || !reason.endsWith(")") ? "" : reason.substring(open + 1, reason.length() - 1);
			out.add(messages.getMessage("screening.reason." + code, new Object[] { argument }, reason, locale));
		}
		return out;
	}

}
