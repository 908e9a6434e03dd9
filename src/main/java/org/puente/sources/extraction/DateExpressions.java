package org.puente.sources.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in English, Spanish and Vietnamese: absolute dates ("August 15", "15
 * de agosto de 2025", "ngày 15/8", "15-8-2025"), ranges ("from 12 to 14 October",
 * "October 22-26", "del 12 al 14 de octubre", "từ ngày 12 đến 14/10"), and relative ones
 * ("on Friday", "yesterday", "last week", "earlier this month") resolved against the
 * publication date. An expression that cannot be resolved is kept with a note, never
 * guessed.
 */
final class DateExpressions {

	private DateExpressions() {
	}

	/**
	 * A date expression found in the text. {@code from}/{@code to} are null when
	 * unresolved; {@code yearKnown} false when the year had to be left open
	 * ("XXXX-MM-DD"); {@code vague} for "last week"/"earlier this month".
	 */
	record Found(int start, int end, String text, LocalDate from, LocalDate to, boolean yearKnown, boolean relative,
			boolean vague, String note) {

		boolean resolved() {
			return from != null;
		}

		boolean range() {
			return to != null && !to.equals(from);
		}

	}

	static final Map<String, Integer> MONTHS = months();

	private static final String MONTH = "(?<M>" + String.join("|",
			MONTHS.keySet()
				.stream()
				.sorted(Comparator.comparingInt(String::length).reversed())
				.map(Pattern::quote)
				.toList())
			+ ")\\.?";

	private static final String MONTH2 = MONTH.replace("?<M>", "?<M2>");

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	private static final String D = "(?<D>[0-3]?\\d)(?:st|nd|rd|th)?";

	private static final String D2 = "(?<D2>[0-3]?\\d)(?:st|nd|rd|th)?";

	private static final String Y = "(?:,?\\s+(?:de\\s+|năm\\s+)?(?<Y>(?:19|20)\\d\\d))?";

	private static final String DASH = "\\s*[-–—]\\s*";

	/** Ordered: ranges first so a range is not read as its two ends. */
	private static final List<Pattern> ABSOLUTE = List.of(
			// from 12 to 14 October 2025 / between 12 and 14 October
			Pattern.compile("\\b(?:from|between)\\s+(?:the\\s+)?" + D + "\\s+(?:to|and|until|till)\\s+(?:the\\s+)?" + D2
					+ "\\s+(?:of\\s+)?" + MONTH + Y, FLAGS),
			// from October 12 to 14 / from October 12 to October 14
			Pattern.compile("\\b(?:from|between)\\s+" + MONTH + "\\s+" + D + ",?\\s+(?:to|and|until|till)\\s+(?:"
					+ MONTH2 + "\\s+)?" + D2 + "\\b" + Y, FLAGS),
			// from 28 September to 2 October
			Pattern.compile("\\b(?:from|between)\\s+" + D + "\\s+(?:of\\s+)?" + MONTH + "\\s+(?:to|and|until|till)\\s+"
					+ D2 + "\\s+(?:of\\s+)?" + MONTH2 + Y, FLAGS),
			// October 22-26(, 2024)
			Pattern.compile("\\b" + MONTH + "\\s+" + D + DASH + D2 + "\\b" + Y, FLAGS),
			// 22-26 October
			Pattern.compile("\\b" + D + DASH + D2 + "\\s+(?:de\\s+)?" + MONTH + Y, FLAGS),
			// del 12 al 14 de octubre de 2025
			Pattern.compile("\\bdel?\\s+" + D + "\\s+al\\s+" + D2 + "\\s+de\\s+" + MONTH + Y, FLAGS),
			// từ ngày 12 đến (ngày) 14/10(/2025)
			Pattern.compile("\\btừ\\s+(?:ngày\\s+)?" + D + "(?:/(?<Mn0>\\d{1,2}))?\\s+(?:đến|tới)\\s+(?:ngày\\s+)?" + D2
					+ "[/-](?<Mn>\\d{1,2})(?:[/-](?<Y2>(?:19|20)\\d\\d))?", FLAGS),
			// ngày 12-14/10
			Pattern.compile("\\bngày\\s+" + D + DASH + D2 + "[/-](?<Mn>\\d{1,2})(?:[/-](?<Y2>(?:19|20)\\d\\d))?",
					FLAGS),
			// ISO 2025-08-15
			Pattern.compile("\\b(?<Yi>(?:19|20)\\d\\d)-(?<Mi>[01]\\d)-(?<Di>[0-3]\\d)\\b", FLAGS),
			// 15/8/2025, 15-8-2025, ngày 15/8, ngày 15-8
			Pattern.compile("(?:\\bngày\\s+" + D + "[/-](?<Mn>\\d{1,2})(?:[/-](?<Y2>(?:19|20)\\d\\d))?)|(?:\\b"
					+ "(?<Dn>[0-3]?\\d)/(?<Mn2>[01]?\\d)/(?<Yn>(?:19|20)\\d\\d)\\b)", FLAGS),
			// Chiều 20/6, sáng 3-4
			Pattern.compile("\\b(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\\s+(?:ngày\\s+)?" + D
					+ "[/-](?<Mn>\\d{1,2})(?:[/-](?<Y2>(?:19|20)\\d\\d))?(?![\\d/])", FLAGS),
			// ngày 15 tháng 8 (năm 2025)
			Pattern.compile("\\bngày\\s+" + D + "\\s+tháng\\s+(?<Mn>\\d{1,2})(?:\\s+năm\\s+(?<Y2>(?:19|20)\\d\\d))?",
					FLAGS),
			// August 15(, 2025)
			Pattern.compile("\\b" + MONTH + "\\s+" + D + "\\b(?!\\s*[-–:]?\\s*\\d{1,2}:)" + Y, FLAGS),
			// 15 August 2025 / 15 de agosto de 2025 / 15th of August
			Pattern.compile("\\b" + D + "\\s+(?:de\\s+|of\\s+)?" + MONTH + "\\b" + Y, FLAGS));

	private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

	private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|past|el|este|el pasado|pasado)\\s+("
			+ String.join("|",
					WEEKDAYS.keySet()
						.stream()
						.filter(k -> !k.startsWith("thứ") && !k.startsWith("chủ"))
						.sorted(Comparator.comparingInt(String::length).reversed())
						.toList())
			+ ")\\b|\\b(?:vào\\s+|hôm\\s+|sáng\\s+|chiều\\s+|tối\\s+)(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\b"
			+ "|\\(\\s*("
			+ String.join("|",
					WEEKDAYS.keySet()
						.stream()
						.filter(k -> k.length() > 3 && !k.startsWith("thứ") && !k.startsWith("chủ"))
						.toList())
			+ ")\\s*\\)", FLAGS);

	private static final Pattern RELATIVE = Pattern.compile(
			"\\b(?<yest>yesterday|ayer|hôm qua)\\b|\\b(?<today>today|this morning|this afternoon|hoy|hôm nay|sáng nay|chiều nay)\\b"
					+ "|\\b(?<lastweek>last week|la semana pasada|tuần trước)\\b"
					+ "|\\b(?<earlier>earlier this month|early this month|a principios de este mes|đầu tháng này)\\b",
			FLAGS);

	/** Every date expression in the text, in order of position. */
	static List<Found> find(String text, LocalDate published) {
		List<Found> found = new ArrayList<>();
		boolean[] taken = new boolean[text.length() + 1];
		for (Pattern p : ABSOLUTE) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				if (overlaps(taken, m.start(), m.end())) {
					continue;
				}
				Found f = absolute(m, published);
				if (f != null) {
					found.add(f);
					mark(taken, m.start(), m.end());
				}
			}
		}
		Matcher w = WEEKDAY.matcher(text);
		while (w.find()) {
			if (overlaps(taken, w.start(), w.end())) {
				continue;
			}
			String day = w.group(1) != null ? w.group(1) : w.group(2) != null ? w.group(2) : w.group(3);
			DayOfWeek dow = WEEKDAYS.get(day.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
			if (dow == null) {
				continue;
			}
			if (published == null) {
				found.add(new Found(w.start(), w.end(), w.group(), null, null, false, true, false,
						"'" + w.group().trim() + "' but no publication date"));
			}
			else {
				LocalDate d = published.with(TemporalAdjusters.previousOrSame(dow));
				found.add(new Found(w.start(), w.end(), w.group(), d, d, true, true, false, null));
			}
			mark(taken, w.start(), w.end());
		}
		Matcher r = RELATIVE.matcher(text);
		while (r.find()) {
			if (overlaps(taken, r.start(), r.end())) {
				continue;
			}
			if (published == null) {
				found.add(new Found(r.start(), r.end(), r.group(), null, null, false, true,
						r.group("lastweek") != null || r.group("earlier") != null,
						"'" + r.group().trim() + "' but no publication date"));
				continue;
			}
			if (r.group("yest") != null) {
				LocalDate d = published.minusDays(1);
				found.add(new Found(r.start(), r.end(), r.group(), d, d, true, true, false, null));
			}
			else if (r.group("today") != null) {
				found.add(new Found(r.start(), r.end(), r.group(), published, published, true, true, false, null));
			}
			else if (r.group("lastweek") != null) {
				LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
				found.add(new Found(r.start(), r.end(), r.group(), monday, monday.plusDays(6), true, true, true, null));
			}
			else {
				LocalDate first = published.withDayOfMonth(1);
				LocalDate to = published.minusDays(1).isBefore(first) ? first : published.minusDays(1);
				found.add(new Found(r.start(), r.end(), r.group(), first, to, true, true, true, null));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found;
	}

	private static Found absolute(Matcher m, LocalDate published) {
		try {
			if (has(m, "Yi")) {
				LocalDate d = LocalDate.of(Integer.parseInt(m.group("Yi")), Integer.parseInt(m.group("Mi")),
						Integer.parseInt(m.group("Di")));
				return new Found(m.start(), m.end(), m.group(), d, d, true, false, false, null);
			}
			if (has(m, "Dn")) {
				LocalDate d = LocalDate.of(Integer.parseInt(m.group("Yn")), Integer.parseInt(m.group("Mn2")),
						Integer.parseInt(m.group("Dn")));
				return new Found(m.start(), m.end(), m.group(), d, d, true, false, false, null);
			}
			int month = has(m, "M") ? MONTHS.get(m.group("M").toLowerCase(Locale.ROOT))
					: Integer.parseInt(m.group("Mn"));
			int day = Integer.parseInt(m.group("D"));
			Integer month2 = has(m, "M2") ? MONTHS.get(m.group("M2").toLowerCase(Locale.ROOT)) : null;
			Integer day2 = has(m, "D2") ? Integer.parseInt(m.group("D2")) : null;
			Integer month0 = has(m, "Mn0") ? Integer.parseInt(m.group("Mn0")) : null;
			String yearText = has(m, "Y") ? m.group("Y") : has(m, "Y2") ? m.group("Y2") : null;
			if (month < 1 || month > 12 || day < 1 || day > 31 || (day2 != null && (day2 < 1 || day2 > 31))) {
				return null;
			}
			int startMonth = month0 != null ? month0 : month2 != null && day2 != null ? month : month;
			int endMonth = month2 != null ? month2 : month;
			if (day2 != null && month2 == null && month0 == null && day2 < day) {
				// "30 to 2 October": the range starts in the month before
				startMonth = month == 1 ? 12 : month - 1;
			}
			if (yearText != null) {
				int year = Integer.parseInt(yearText);
				LocalDate from = LocalDate.of(startMonth > endMonth ? year - 1 : year, startMonth, day);
				LocalDate to = day2 == null ? from : LocalDate.of(year, endMonth, day2);
				return new Found(m.start(), m.end(), m.group(), from, to, true, false, false, null);
			}
			if (published == null) {
				// Year unknown: keep month and day ("XXXX-MM-DD"), on a leap year so 29
				// February survives.
				LocalDate from = LocalDate.of(2000, startMonth, day);
				LocalDate to = day2 == null ? from : LocalDate.of(2000, endMonth, day2);
				return new Found(m.start(), m.end(), m.group(), from, to, false, false, false, null);
			}
			// The nearest such date not more than a month after publication.
			int year = published.getYear();
			LocalDate to = LocalDate.of(year, endMonth, day2 == null ? day : day2);
			if (to.isAfter(published.plusMonths(1))) {
				year--;
				to = to.minusYears(1);
			}
			else if (to.isBefore(published.minusMonths(11))) {
				year++;
				to = to.plusYears(1);
			}
			LocalDate from = LocalDate.of(startMonth > endMonth ? year - 1 : year, startMonth, day);
			if (day2 == null) {
				to = from;
			}
			return new Found(m.start(), m.end(), m.group(), from, to, true, false, false, null);
		}
		catch (DateTimeException | NumberFormatException | NullPointerException ex) {
			return null; // "31 June", "the 45th": not a date
		}
	}

	/** The evaluation form of a date or range. */
	static String iso(LocalDate from, LocalDate to, boolean yearKnown) {
		if (from == null) {
			return null;
		}
		String a = yearKnown ? from.toString() : "XXXX" + from.toString().substring(4);
		if (to == null || to.equals(from)) {
			return a;
		}
		String b = yearKnown ? to.toString() : "XXXX" + to.toString().substring(4);
		return a + "/" + b;
	}

	private static boolean has(Matcher m, String group) {
		try {
			return m.group(group) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean overlaps(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	private static void mark(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			taken[i] = true;
		}
	}

	private static Map<String, Integer> months() {
		Map<String, Integer> m = new HashMap<>();
		String[][] names = { { "january", "jan", "enero", "ene" }, { "february", "feb", "febrero" },
				{ "march", "mar", "marzo" }, { "april", "apr", "abril", "abr" }, { "may", "mayo" },
				{ "june", "jun", "junio" }, { "july", "jul", "julio" }, { "august", "aug", "agosto", "ago" },
				{ "september", "sep", "sept", "septiembre", "setiembre" }, { "october", "oct", "octubre" },
				{ "november", "nov", "noviembre" }, { "december", "dec", "diciembre", "dic" } };
		for (int i = 0; i < names.length; i++) {
			for (String n : names[i]) {
				m.put(n, i + 1);
			}
		}
		return m;
	}

	private static Map<String, DayOfWeek> weekdays() {
		Map<String, DayOfWeek> m = new HashMap<>();
		String[][] names = { { "monday", "lunes", "thứ hai" }, { "tuesday", "martes", "thứ ba" },
				{ "wednesday", "miércoles", "miercoles", "thứ tư" }, { "thursday", "jueves", "thứ năm" },
				{ "friday", "viernes", "thứ sáu" }, { "saturday", "sábado", "sabado", "thứ bảy" },
				{ "sunday", "domingo", "chủ nhật" } };
		for (int i = 0; i < names.length; i++) {
			for (String n : names[i]) {
				m.put(n, DayOfWeek.of(i + 1));
			}
		}
		return m;
	}

}
