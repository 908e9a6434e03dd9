package org.puente.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about the names of Viet Nam and the Spanish-speaking world:
 * particles, how much a name part tells apart, and how Vietnamese names come back spelled
 * from Chinese characters. All on folded tokens (see {@link NameFolding}).
 */
final class NameRules {

	/** Weight of a very common Vietnamese family name: shared by millions. */
	static final double COMMON_FAMILY_WEIGHT = 0.35;

	/** Weight of the Vietnamese middle-name markers Văn and Thị. */
	static final double MARKER_WEIGHT = 0.3;

	/** Weight of a very common Spanish surname. */
	static final double COMMON_SURNAME_WEIGHT = 0.75;

	private static final Set<String> PARTICLES = Set.of("de", "del", "y", "da", "das", "dos");

	private static final Set<String> ARTICLES = Set.of("la", "las", "los");

	/** The 14 family names most Vietnamese carry (Nguyễn alone about 38%). */
	static final Set<String> COMMON_VIETNAMESE_FAMILY = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
			"vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly");

	private static final Set<String> MARKERS = Set.of("van", "thi");

	/**
	 * Vietnamese family names beyond the common ones, to tell a name written family
	 * first.
	 */
	private static final Set<String> OTHER_VIETNAMESE_FAMILY = Set.of("dinh", "truong", "lam", "mai", "doan", "cao",
			"luong", "trinh", "to", "ha", "ta", "luu", "chau", "quach", "thai", "kieu", "trieu", "dao", "chu", "khuc",
			"mac", "luc", "la", "lai", "tang", "ton", "thach", "vuong", "hua", "giang", "tong", "lo", "ma", "au");

	private static final Set<String> COMMON_SPANISH_SURNAMES = Set.of("garcia", "rodriguez", "gonzalez", "fernandez",
			"lopez", "martinez", "sanchez", "perez", "hernandez", "diaz", "gomez", "martin", "ruiz", "alvarez",
			"jimenez", "moreno", "romero", "suarez", "torres", "ramirez", "cruz", "reyes");

	/**
	 * Vietnamese family and middle names (first) with the spellings they come back in
	 * from Chinese characters: Mandarin pinyin, Cantonese (Hong Kong, Macau, overseas)
	 * and older English-press renderings. Each line is one character: Trần 陳 is Chen in
	 * Mandarin and Chan in Cantonese. Lines are not merged: Wu is Vũ/Võ 武, Ngô 吳 and Hồ 胡
	 * (Cantonese Wu), but Vũ is not Ngô. Renderings that are themselves Vietnamese names
	 * (Tan for 陳 is Tân, Tang for 鄧 is Tăng, To for 杜 is Tô) are left out on purpose.
	 */
	private static final String[][] RENDERINGS = { { "tran", "chen", "chan" }, // 陳
			{ "nguyen", "ruan", "yuen", "yuan", "win", "nguen" }, // 阮
			{ "le", "li", "lee", "lei" }, // 黎
			{ "ly", "li", "lee", "lei" }, // 李
			{ "pham", "fan", "fam", "faan" }, // 范
			{ "hoang", "huynh", "huang", "wong", "hwang", "vong" }, // 黃
			{ "phan", "pan", "poon", "pun" }, // 潘
			{ "vu", "vo", "wu", "woo" }, // 武
			{ "ngo", "wu", "ng", "ngoh", "goh" }, // 吳
			{ "ho", "hu", "wu", "woo" }, // 胡
			{ "dang", "deng", "teng" }, // 鄧
			{ "bui", "pei", "pui", "poi" }, // 裴
			{ "do", "du", "tou" }, // 杜
			{ "duong", "yang", "yeung", "young", "yeoh" }, // 楊
			{ "dinh", "ding", "ting", "teng" }, // 丁
			{ "truong", "zhang", "cheung", "chang", "cheong" }, // 張
			{ "lam", "lin", "lim" }, // 林
			{ "luong", "liang", "leung" }, // 梁
			{ "mai", "mei", "mui" }, // 梅
			{ "cao", "gao", "ko", "kou" }, // 高
			{ "ta", "xie", "tse" }, // 謝
			{ "trinh", "zheng", "cheng", "chang" }, // 鄭
			{ "la", "luo", "law" }, // 羅
			{ "van", "wen" }, // 文
			{ "thi", "shi" }, // 氏
			{ "quoc", "guo", "kwok", "kuo" }, // 國
			{ "minh", "ming" }, // 明
			{ "duc", "tak" }, // 德
			{ "hung", "xiong" }, // 雄
			{ "kim", "jin", "kam" }, // 金
			{ "hoa", "hua", "wah" }, // 花 / 華
			{ "quang", "guang", "kwong" }, // 光
			{ "thanh", "cheng", "ching" }, // 成 / 清
			{ "long", "lung" }, // 龍
			{ "trung", "zhong", "chung" }, // 忠 / 中
	};

	private static final Map<String, Set<String>> EQUIVALENTS = new HashMap<>();

	private static final Map<String, String> VIETNAMESE_OF = new HashMap<>();

	static {
		for (String[] line : RENDERINGS) {
			for (String a : line) {
				for (String b : line) {
					if (!a.equals(b)) {
						EQUIVALENTS.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
					}
				}
			}
		}
		for (String[] line : RENDERINGS) {
			for (int i = 1; i < line.length; i++) {
				VIETNAMESE_OF.putIfAbsent(line[i], line[0]);
			}
		}
	}

	private NameRules() {
	}

	/**
	 * The folded name parts that identify: particles ("de", "del", "de la", "y") dropped
	 * unless nothing else is left, hyphens already split by folding.
	 */
	static List<String> tokens(String name) {
		List<String> folded = NameFolding.tokens(name);
		List<String> out = new ArrayList<>(folded.size());
		for (int i = 0; i < folded.size(); i++) {
			String t = folded.get(i);
			if (PARTICLES.contains(t)) {
				continue;
			}
			if (ARTICLES.contains(t) && i > 0 && "de".equals(folded.get(i - 1))) {
				continue;
			}
			out.add(t);
		}
		return out.isEmpty() ? folded : out;
	}

	/** How much a name part tells people apart, 1 for most. */
	static double weight(String token) {
		if (COMMON_VIETNAMESE_FAMILY.contains(token)) {
			return COMMON_FAMILY_WEIGHT;
		}
		if (MARKERS.contains(token)) {
			return MARKER_WEIGHT;
		}
		String vietnamese = VIETNAMESE_OF.get(token);
		if (vietnamese != null && COMMON_VIETNAMESE_FAMILY.contains(vietnamese)) {
			return COMMON_FAMILY_WEIGHT;
		}
		if (COMMON_SPANISH_SURNAMES.contains(token)) {
			return COMMON_SURNAME_WEIGHT;
		}
		return 1.0;
	}

	/**
	 * Whether folded parts are a Vietnamese name written family name first: the first is
	 * a family name, and no later part is a common family name unless the first is one
	 * too ("Mai Nguyễn Thị" is Thị Mai Nguyễn's given name first).
	 */
	static boolean familyFirst(List<String> tokens) {
		if (tokens.size() < 2 || !vietnameseFamily(tokens.get(0))) {
			return false;
		}
		if (weight(tokens.get(0)) == COMMON_FAMILY_WEIGHT) {
			return true;
		}
		for (int i = 1; i < tokens.size(); i++) {
			if (weight(tokens.get(i)) == COMMON_FAMILY_WEIGHT) {
				return false;
			}
		}
		return true;
	}

	static boolean vietnameseFamily(String token) {
		if (COMMON_VIETNAMESE_FAMILY.contains(token) || OTHER_VIETNAMESE_FAMILY.contains(token)) {
			return true;
		}
		String vietnamese = VIETNAMESE_OF.get(token);
		return vietnamese != null && !MARKERS.contains(vietnamese);
	}

	/** Other spellings of the same Chinese-character name ("chan" → "tran", "chen"). */
	static Set<String> equivalents(String token) {
		return EQUIVALENTS.getOrDefault(token, Set.of());
	}

	/**
	 * Whether two different tokens are one slip of the keyboard apart (optimal string
	 * alignment distance 1), never in the first letter: a swap of two neighbours from 4
	 * letters, a replaced letter from 5, a letter added or dropped when the longer has 5.
	 * Used only for probe parts the index does not know: in short Vietnamese syllables
	 * one letter makes another name (An, Anh).
	 */
	static boolean oneTypoApart(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1 || a.equals(b) || la == 0 || lb == 0 || a.charAt(0) != b.charAt(0)) {
			return transposedAtStart(a, b);
		}
		if (la == lb) {
			if (la < 4) {
				return false;
			}
			int first = -1;
			int diffs = 0;
			for (int i = 0; i < la; i++) {
				if (a.charAt(i) != b.charAt(i)) {
					if (diffs == 0) {
						first = i;
					}
					diffs++;
				}
			}
			if (diffs == 1) {
				return la >= 5;
			}
			return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
					&& a.charAt(first + 1) == b.charAt(first)
					&& a.regionMatches(first + 2, b, first + 2, la - first - 2);
		}
		if (Math.max(la, lb) < 5) {
			return false;
		}
		String longer = la > lb ? a : b;
		String shorter = la > lb ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
	}

	/**
	 * "Hnug" for "Hung" is fine, and so is "Nugyen"; "uNgyen" too: a swap of the first
	 * two letters.
	 */
	private static boolean transposedAtStart(String a, String b) {
		return a.length() == b.length() && a.length() >= 4 && a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0)
				&& a.charAt(0) != a.charAt(1) && a.regionMatches(2, b, 2, a.length() - 2);
	}

	/**
	 * Whether the token is a swap of two neighbours of the other (not a substitution).
	 */
	static boolean transposed(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		Set<Integer> diff = new HashSet<>();
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				diff.add(i);
			}
		}
		return diff.size() == 2;
	}

}
