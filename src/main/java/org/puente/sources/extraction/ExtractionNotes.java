package org.puente.sources.extraction;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the extractor could not resolve, as message keys of the {@code i18n/sources}
 * bundle with their arguments: a note is {@code key} or {@code key|arg|arg...}, so the
 * review screen shows it in the reader's language and the JSON in English.
 */
public final class ExtractionNotes {

	static final String PREFIX = "sources.extract.note.";

	private ExtractionNotes() {
	}

	static String note(String code, String... args) {
		return args.length == 0 ? PREFIX + code : PREFIX + code + "|" + String.join("|", args);
	}

	/** The message key of a note. */
	public static String key(String note) {
		int bar = note.indexOf('|');
		return bar < 0 ? note : note.substring(0, bar);
	}

	/** The arguments of a note (texts quoted from the article). */
	public static Object[] args(String note) {
		int bar = note.indexOf('|');
		return bar < 0 ? new Object[0] : Arrays.stream(note.substring(bar + 1).split("\\|", -1)).toArray();
	}

	/** A note in the given language. */
	public static String text(String note, Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("i18n/sources", locale);
			return new MessageFormat(bundle.getString(key(note)), locale).format(args(note));
		}
		catch (MissingResourceException ex) {
			return note;
		}
	}

	/** A note in English (the JSON output). */
	public static String english(String note) {
		return text(note, Locale.ROOT);
	}

}
