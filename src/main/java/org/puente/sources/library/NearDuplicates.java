package org.puente.sources.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.puente.names.NameFolding;
import org.puente.shared.Sha256;

/**
 * Recognises the same article imported twice: exactly (SHA-256 of the normalised text) or
 * nearly (Jaccard similarity of the word 5-shingle sets at least {@link #THRESHOLD},
 * estimated with a 64-value MinHash signature and then confirmed on the texts). Plain
 * Java, no Spring.
 */
public final class NearDuplicates {

	/**
	 * Jaccard similarity of the 5-shingle sets from which two texts are the same article.
	 */
	public static final double THRESHOLD = 0.9;

	static final int SHINGLE = 5;

	static final int HASHES = 64;

	/** A signature estimate below this cannot reach {@link #THRESHOLD} in practice. */
	static final double CANDIDATE = 0.7;

	private NearDuplicates() {
	}

	/**
	 * The text as compared: case, diacritics, punctuation and spacing ignored, so a copy
	 * re-typed with different quotes or line breaks hashes the same.
	 */
	public static String normalised(String text) {
		return String.join(" ", NameFolding.tokens(text));
	}

	/** SHA-256 of the normalised text. */
	public static String contentHash(String text) {
		return Sha256.hex(normalised(text));
	}

	/** The set of word 5-shingles (fewer words: the whole text as one shingle). */
	public static Set<String> shingles(String text) {
		List<String> words = NameFolding.tokens(text);
		Set<String> out = new HashSet<>();
		if (words.size() < SHINGLE) {
			out.add(String.join(" ", words));
			return out;
		}
		for (int i = 0; i + SHINGLE <= words.size(); i++) {
			out.add(String.join(" ", words.subList(i, i + SHINGLE)));
		}
		return out;
	}

	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		long common = small.stream().filter(large::contains).count();
		return (double) common / (a.size() + b.size() - common);
	}

	/** The MinHash signature of a text's shingles, as 64 hex-encoded 32-bit minima. */
	public static String signature(String text) {
		int[] minima = new int[HASHES];
		Arrays.fill(minima, Integer.MAX_VALUE);
		for (String shingle : shingles(text)) {
			long base = fnv(shingle);
			for (int i = 0; i < HASHES; i++) {
				int h = (int) (mix(base + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
				if (h < minima[i]) {
					minima[i] = h;
				}
			}
		}
		StringBuilder out = new StringBuilder(HASHES * 8);
		HexFormat hex = HexFormat.of();
		for (int m : minima) {
			out.append(hex.toHexDigits(m));
		}
		return out.toString();
	}

	/** The share of equal minima: an estimate of the Jaccard similarity. */
	public static double estimate(String signatureA, String signatureB) {
		if (signatureA.length() != signatureB.length()) {
			return 0;
		}
		int equal = 0;
		int n = signatureA.length() / 8;
		for (int i = 0; i < n; i++) {
			if (signatureA.regionMatches(i * 8, signatureB, i * 8, 8)) {
				equal++;
			}
		}
		return n == 0 ? 0 : (double) equal / n;
	}

	/** Whether a signature estimate is worth confirming on the texts. */
	public static boolean candidate(String signatureA, String signatureB) {
		return estimate(signatureA, signatureB) >= CANDIDATE;
	}

	/** Whether two texts are the same article by the 5-shingle Jaccard similarity. */
	public static boolean same(String a, String b) {
		return jaccard(shingles(a), shingles(b)) >= THRESHOLD;
	}

	private static long fnv(String text) {
		long h = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xff;
			h *= 0x100000001b3L;
		}
		return h;
	}

	/** SplitMix64's finaliser: spreads the seeded values into independent hashes. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
