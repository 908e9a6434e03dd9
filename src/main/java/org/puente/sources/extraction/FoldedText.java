package org.puente.sources.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.puente.names.NameFolding;

/**
 * A text folded the way {@link NameFolding} folds names (no case, no diacritics,
 * punctuation to one space), with a map back to the original offsets, so phrases of any
 * language and spelling are found with their span.
 */
final class FoldedText {

	private static final char[] FOLD = new char[0x2000];

	static {
		for (char c = 0; c < FOLD.length; c++) {
			if (c == 'đ' || c == 'Đ') {
				FOLD[c] = 'd';
			}
			else if (Character.isLetterOrDigit(c)) {
				String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
				FOLD[c] = Character.toLowerCase(base.charAt(0));
			}
			else {
				FOLD[c] = ' ';
			}
		}
	}

	/** The folded text, starting and ending with a space. */
	final String text;

	/** Original offset of each folded character. */
	private final int[] map;

	private final int length;

	FoldedText(String original) {
		StringBuilder b = new StringBuilder(original.length() + 2);
		int[] m = new int[original.length() + 2];
		b.append(' ');
		m[0] = 0;
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			char f = c < FOLD.length ? FOLD[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
			if (f == ' ' && b.charAt(b.length() - 1) == ' ') {
				continue;
			}
			m[b.length()] = i;
			b.append(f);
		}
		m[b.length()] = original.length();
		b.append(' ');
		this.text = b.toString();
		this.map = m;
		this.length = original.length();
	}

	/** One occurrence: {@code [start, end)} in the original text. */
	record Hit(int start, int end) {
	}

	/** Every whole-word occurrence of the phrase (folded first). */
	List<Hit> find(String phrase) {
		String p = folded(phrase);
		List<Hit> hits = new ArrayList<>();
		if (p.isEmpty()) {
			return hits;
		}
		String needle = " " + p + " ";
		int from = 0;
		while (true) {
			int at = text.indexOf(needle, from);
			if (at < 0) {
				return hits;
			}
			int start = map[at + 1];
			int endIndex = at + needle.length() - 1; // the trailing space
			int end = endIndex >= text.length() - 1 ? length : map[endIndex];
			// map[endIndex] is the first character after the phrase; trim what was folded
			// away (punctuation) back to the last letter.
			int lastLetter = map[at + needle.length() - 2] + 1;
			hits.add(new Hit(start, Math.min(Math.max(lastLetter, start), Math.max(end, lastLetter))));
			from = at + needle.length() - 1;
		}
	}

	boolean contains(String phrase) {
		String p = folded(phrase);
		return !p.isEmpty() && text.contains(" " + p + " ");
	}

	/**
	 * Lexicon and directory phrases are folded once: folding goes through ICU and costs
	 * more than the search.
	 */
	private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

	private static String folded(String phrase) {
		if (FOLDED.size() > 50_000) {
			FOLDED.clear();
		}
		return FOLDED.computeIfAbsent(phrase, FoldedText::fold);
	}

	/**
	 * {@link NameFolding#fold} for Latin text without going through ICU (the same result
	 * for the letters of Vietnamese, Spanish and English); other scripts go through ICU.
	 */
	static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= FOLD.length) {
				if (Character.isLetterOrDigit(c)) {
					return NameFolding.fold(text);
				}
				space = true;
				continue;
			}
			char f = FOLD[c];
			if (f == ' ') {
				space = true;
			}
			else {
				if (space && !b.isEmpty()) {
					b.append(' ');
				}
				b.append(f);
				space = false;
			}
		}
		return b.toString();
	}

	/** The folded words of a text. */
	static List<String> tokens(String text) {
		String f = fold(text);
		return f.isEmpty() ? List.of() : List.of(f.split(" "));
	}

}
