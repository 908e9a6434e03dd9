package org.puente.names;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds a name to the form people type when they search: any script to Latin, diacritics
 * and case dropped, punctuation to spaces ("Lương Tam Quang" → "luong tam quang", "Đỗ" →
 * "do", "Lázaro Álvarez-Casas" → "lazaro alvarez casas").
 */
public final class NameFolding {

	private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

	private NameFolding() {
	}

	public static String fold(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String ascii = latinOnly(text) ? stripLatin(text) : TO_ASCII.get().transliterate(text);
		ascii = ascii.toLowerCase(Locale.ROOT);
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

	/**
	 * Whether every letter is Latin (ASCII, Latin-1, Extended-A/B, Vietnamese Extended
	 * Additional): those take the fast path, a screening check folds a million names.
	 */
	private static boolean latinOnly(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x300 && c <= 0x36F)
					&& !(c >= 0x2000 && c <= 0x206F)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Decomposes, drops combining marks, and spells out the letters that do not
	 * decompose.
	 */
	private static String stripLatin(String text) {
		String nfd = NFD.normalize(text);
		StringBuilder out = new StringBuilder(nfd.length());
		for (int i = 0; i < nfd.length(); i++) {
			char c = nfd.charAt(i);
			if (c < 0x80) {
				out.append(c);
			}
			else if (c >= 0x300 && c <= 0x36F) {
				// combining mark: dropped
			}
			else {
				switch (c) {
					case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
					case 'ß' -> out.append("ss");
					case 'æ', 'Æ' -> out.append("ae");
					case 'œ', 'Œ' -> out.append("oe");
					case 'ø', 'Ø' -> out.append('o');
					case 'ł', 'Ł' -> out.append('l');
					case 'ı' -> out.append('i');
					case 'þ', 'Þ' -> out.append("th");
					default -> {
						if (Character.isLetterOrDigit(c)) {
							out.append(TO_ASCII.get().transliterate(String.valueOf(c)));
						}
						else {
							out.append(' ');
						}
					}
				}
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
