package org.puente.security.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as the user reads them: the user's locale, in UTC, the zone the audit filters
 * work in too.
 */
final class DisplayTime {

	private DisplayTime() {
	}

	static String of(Instant at, Locale locale) {
		if (at == null) {
			return null;
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(at);
	}

}
