package org.puente.sources.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.names.NameFolding;

/**
 * An article's text made ready for the rules, without moving a character: every offset
 * stays an offset into the original text. {@code work} is the text with the full stops of
 * abbreviations ("Lt. Gen.") blanked so they neither end sentences nor break names;
 * boilerplate lines (menus, "Share", photo credits, cookie banners) are left out of
 * {@code sentences}; a leading {@code date YYYY-MM-DD} line prefix, a date-only line near
 * the top and the dateline ("HAVANA, Aug 15 (VNA) –") are read.
 */
final class ArticleText {

	/** A sentence of the body: {@code [start, end)} of the text. */
	record Sentence(int start, int end, String text, boolean lead) {
	}

	final String original;

	final String work;

	final List<Sentence> sentences = new ArrayList<>();

	/** The publication date the text itself gives, or null. */
	LocalDate publishedInText;

	/** The dateline's place words and span, or null. */
	String dateline;

	int datelineStart = -1;

	int datelineEnd = -1;

	private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+((?:19|20)\\d\\d-\\d\\d-\\d\\d)\\b");

	private static final Pattern ABBREVIATIONS = Pattern.compile(
			"\\b(Lt|Gen|Maj|Col|Brig|Sr|Snr|Mr|Mrs|Ms|Dr|Gral|Cnel|Tte|St|No|Capt|Sen|Dep|Pol|Gov|Prof|Jr|Sra|Dña|Excmo|Cdr|Adm|Insp|Supt|Comm|Vol|Ltd|Inc|Co|TS|ThS|PGS|GS)\\.",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern INITIALS = Pattern.compile("\\b(\\p{Lu})\\.(?=\\s*\\p{Lu})");

	private static final Pattern BOILERPLATE = Pattern.compile(
			"(?i)^(share|share this|print|email|tweet|related news|related|read more|see more|tags?:.*|home|menu|search|"
					+ "subscribe.*|sign in|log ?in|register|follow us.*|advertisement|cookies?.*|we use cookies.*|"
					+ "accept( all)?( cookies)?|back to top|top stories|most read|latest news|next|previous|"
					+ "tin liên quan|tin khác|chia sẻ|xem thêm|đọc thêm|compartir|noticias relacionadas|leer más|"
					+ "síguenos.*|imprimir|.*\\bphoto:.*|.*\\(photo.*\\)|.*/vn[as]\\s+photo.*|.*\\bảnh:.*|\\(ảnh.*\\)|"
					+ "foto:.*|.*all rights reserved.*|.*©.*|copyright.*)$",
			Pattern.UNICODE_CASE);

	private static final Pattern DATE_LINE = Pattern.compile(
			"(?i)^\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?([A-Za-z]+\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d|\\d{1,2}\\s+[A-Za-z]+\\.?\\s+(?:19|20)\\d\\d|\\d{1,2}/\\d{1,2}/(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)(?:\\s*[-|,]?\\s*\\d{1,2}:\\d\\d(?:\\s*(?:GMT|UTC|ICT)[+\\d:]*)?)?\\s*(?:\\|.*)?$");

	private static final Pattern DATELINE = Pattern.compile(
			"^\\s*(?:[\\p{Lu}][\\p{L}\\p{M}'’ .]{1,40}?,\\s*[\\p{L}.]+\\s+\\d{1,2}\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—]\\s*)?"
					+ "(?<place>[\\p{Lu}][\\p{L}\\p{M}'’ ]{1,30}?)(?:\\s*,\\s*(?<date>[\\p{L}.]+\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}.]+)(?:,?\\s*\\d{4})?)?"
					+ "(?:\\.?\\s*(?:\\((?<agency>[^)]{1,30})\\))?\\.?\\s*(?:--|[-–—:])\\s+|\\.?\\s*/[^/]{1,20}/\\.?\\s+"
					+ "|\\s*\\([^)]{1,30}\\)\\s+(?=\\p{Lu}))",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * Longer articles are read up to here (a press article is a few thousand characters).
	 */
	static final int MAX_LENGTH = 200_000;

	/** Longer "sentences" (lists, text without punctuation) are cut at a space. */
	static final int MAX_SENTENCE = 1_000;

	boolean truncated;

	ArticleText(String text, LocalDate published) {
		String all = text == null ? "" : text;
		this.truncated = all.length() > MAX_LENGTH;
		this.original = truncated ? all.substring(0, MAX_LENGTH) : all;
		char[] w = original.toCharArray();
		for (Pattern p : List.of(ABBREVIATIONS, INITIALS)) {
			Matcher m = p.matcher(original);
			while (m.find()) {
				w[m.end() - 1] = ' ';
			}
		}
		// Typographic forms that rules should not care about.
		for (int i = 0; i < w.length; i++) {
			if (w[i] == '’' || w[i] == 'ʼ') {
				w[i] = '\'';
			}
			else if (w[i] == '\u00a0') {
				w[i] = ' ';
			}
		}
		this.work = new String(w);
		split(published);
	}

	private void split(LocalDate published) {
		int pos = 0;
		int lineNo = 0;
		boolean bodyStarted = false;
		boolean leadDone = false;
		while (pos < work.length()) {
			int nl = work.indexOf('\n', pos);
			int end = nl < 0 ? work.length() : nl;
			int start = pos;
			pos = end + 1;
			String line = work.substring(start, end);
			if (line.isBlank()) {
				continue;
			}
			lineNo++;
			Matcher prefix = DATE_PREFIX.matcher(line);
			if (prefix.find()) {
				publishedInText = LocalDate.parse(prefix.group(1));
				start += prefix.end();
				line = work.substring(start, end);
			}
			String trimmed = line.strip();
			if (lineNo <= 6 && publishedInText == null && DATE_LINE.matcher(trimmed).matches()) {
				List<DateExpressions.Found> d = DateExpressions.find(trimmed, null);
				if (!d.isEmpty() && d.get(0).yearKnown()) {
					publishedInText = d.get(0).from();
				}
				continue;
			}
			if (boilerplate(trimmed)) {
				continue;
			}
			if (dateline == null && lineNo <= 8) {
				start = dateline(start, end);
			}
			boolean lead = !leadDone;
			if (sentenceLike(trimmed)) {
				bodyStarted = true;
				leadDone = true;
			}
			sentences(start, end, lead);
		}
	}

	private int dateline(int start, int end) {
		String line = work.substring(start, end);
		Matcher m = DATELINE.matcher(line);
		if (m.find() && m.end() < line.length() - 20) {
			String place = m.group("place").strip();
			String folded = NameFolding.fold(place);
			boolean known = Lexicon.CITY_BY_FORM.containsKey(folded) || Lexicon.COUNTRY_BY_FORM.containsKey(folded)
					|| place.equals(place.toUpperCase(Locale.ROOT));
			if (known && place.split("\\s+").length <= 4) {
				dateline = place;
				datelineStart = start + m.start("place");
				datelineEnd = start + m.end("place");
				if (publishedInText == null && m.group("date") != null) {
					// "HAVANA, Aug 15 (VNA) –" dates the filing; the year stays open.
					datelineDate = m.group("date");
				}
				return start + m.end();
			}
		}
		return start;
	}

	/** The dateline's date words ("Aug 15"), or null. */
	String datelineDate;

	static boolean boilerplate(String line) {
		if (BOILERPLATE.matcher(line).matches()) {
			return true;
		}
		String[] words = line.split("\\s+");
		boolean punctuated = line.matches("(?s).*[.!?:;”\"»)]\\s*$") || line.contains(". ");
		// Menu items, section names, bylines: short and without sentence punctuation.
		return words.length < 5 && !punctuated;
	}

	private static boolean sentenceLike(String line) {
		return line.split("\\s+").length >= 8 && line.matches("(?s).*[.!?”\"]\\s*$");
	}

	private void sentences(int start, int end, boolean leadParagraph) {
		int s = start;
		for (int i = start; i < end; i++) {
			char c = work.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && (i + 1 >= end || Character.isWhitespace(work.charAt(i + 1))
					|| work.charAt(i + 1) == '"' || work.charAt(i + 1) == '”')) {
				int next = i + 1;
				while (next < end && Character.isWhitespace(work.charAt(next))) {
					next++;
				}
				boolean endsHere = next >= end || Character.isUpperCase(work.charAt(next))
						|| !Character.isLetter(work.charAt(next));
				if (endsHere && i + 1 - s > 1) {
					add(s, i + 1, leadParagraph);
					s = next;
				}
			}
		}
		if (s < end && !work.substring(s, end).isBlank()) {
			add(s, end, leadParagraph);
		}
	}

	private void add(int start, int end, boolean leadParagraph) {
		while (end - start > MAX_SENTENCE) {
			int cut = work.lastIndexOf(' ', start + MAX_SENTENCE);
			if (cut <= start) {
				cut = start + MAX_SENTENCE;
			}
			add(start, cut, leadParagraph);
			start = cut;
		}
		while (start < end && Character.isWhitespace(work.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(work.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new Sentence(start, end, work.substring(start, end), leadParagraph));
		}
	}

	/** The body text (sentences joined by spaces), for whole-text statistics. */
	String body() {
		StringBuilder b = new StringBuilder();
		sentences.forEach(s -> b.append(s.text()).append(' '));
		return b.toString();
	}

}
