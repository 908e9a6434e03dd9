package org.puente.sources.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.puente.names.NameFolding;

/**
 * What an article text says about itself: the {@code date YYYY-MM-DD} first-line prefix
 * some archives add, its language, and whether it reads like an article at all. Plain
 * Java, no Spring.
 */
public final class ArticleTexts {

	/** Fewer words than this is a caption or a note, not an article. */
	public static final int MIN_WORDS = 40;

	private static final Pattern DATE_PREFIX = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

	private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\d)”\"'’][.!?…](\\s|$)");

	private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SPANISH = Pattern.compile("[ñ¿¡]|\\b(el|los|las|del|con|para|una|por|que)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> ISO3 = new HashMap<>();

	static {
		for (String code : Locale.getISOLanguages()) {
			ISO3.put(Locale.of(code).getISO3Language(), code);
		}
	}

	private static volatile LanguageDetector detector;

	private ArticleTexts() {
	}

	/** A text without its date prefix, and the date the prefix gave (or null). */
	public record Dated(String text, LocalDate date) {
	}

	public static Dated datePrefix(String text) {
		Matcher m = DATE_PREFIX.matcher(text);
		if (m.find()) {
			try {
				return new Dated(text.substring(m.end()).strip(), LocalDate.parse(m.group(1)));
			}
			catch (DateTimeParseException ex) {
				return new Dated(text, null);
			}
		}
		return new Dated(text, null);
	}

	/**
	 * Whether the text reads like an article: enough words in sentences, not a table
	 * (most lines split by commas, semicolons or tabs into columns).
	 */
	public static boolean looksLikeArticle(String text) {
		List<String> words = NameFolding.tokens(text);
		if (words.size() < MIN_WORDS) {
			return false;
		}
		List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
		long tabular = lines.stream()
			.filter(l -> l.split("[,;\\t|]").length >= 3 && !SENTENCE_END.matcher(l).find())
			.count();
		if (lines.size() >= 3 && tabular * 2 > lines.size()) {
			return false;
		}
		Matcher sentences = SENTENCE_END.matcher(text);
		int count = 0;
		while (sentences.find()) {
			count++;
		}
		return count >= 2;
	}

	/**
	 * The language as an ISO 639-1 code: Tika's OpenNLP detector when it is reasonably
	 * certain; for short or mixed text, Vietnamese letters, then Spanish words, else
	 * English.
	 */
	public static String language(String text) {
		String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
		if (sample.length() >= 200) {
			try {
				LanguageDetector d = detector();
				LanguageResult result;
				// the detector keeps the text it is given: one caller at a time
				synchronized (d) {
					result = d.detect(sample);
				}
				if (result != null && !result.isUnknown() && result.isReasonablyCertain()) {
					String code = result.getLanguage();
					code = code.length() == 3 ? ISO3.getOrDefault(code, code) : code;
					if (!code.isBlank()) {
						return code.toLowerCase(Locale.ROOT);
					}
				}
			}
			catch (RuntimeException ex) {
				// fall back to the letters below
			}
		}
		return fallbackLanguage(sample);
	}

	static String fallbackLanguage(String text) {
		long vietnamese = VIETNAMESE.matcher(text).results().count();
		int letters = (int) text.chars().filter(Character::isLetter).count();
		if (vietnamese * 20 >= letters && vietnamese > 0) {
			return "vi";
		}
		long spanish = SPANISH.matcher(text).results().count();
		long words = NameFolding.tokens(text).size();
		return spanish * 12 >= words && spanish > 0 ? "es" : "en";
	}

	private static LanguageDetector detector() {
		LanguageDetector d = detector;
		if (d == null) {
			synchronized (ArticleTexts.class) {
				if (detector == null) {
					try {
						detector = new OpenNLPDetector().loadModels();
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
				d = detector;
			}
		}
		return d;
	}

}
