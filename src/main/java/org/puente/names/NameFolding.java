package org.puente.names;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * Folds a name to the form people type when they search: any script to Latin, diacritics
 * and case dropped, punctuation to spaces ("Lương Tam Quang" → "luong tam quang", "Đỗ" →
 * "do", "Lázaro Álvarez-Casas" → "lazaro alvarez casas").
 */
public final class NameFolding {

	private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	private NameFolding() {
	}

	public static String fold(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String ascii = TO_ASCII.get().transliterate(text).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(ascii.length());
		boolean space = false;
		for (int i = 0; i < ascii.length(); i++) {
			char c = ascii.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				out.append(c);
				space = false;
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

	/** The folded words of a name, in order. */
	public static List<String> tokens(String text) {
		String folded = fold(text);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
