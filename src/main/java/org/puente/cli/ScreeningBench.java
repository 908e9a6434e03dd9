package org.puente.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.postgresql.PGConnection;
import org.puente.cli.BenchPeople.Person;
import org.puente.names.BirthDate;
import org.puente.names.Candidate;
import org.puente.names.Match;
import org.puente.names.NameFolding;
import org.puente.names.NameIndex;
import org.puente.names.NameMatching;
import org.puente.names.Probe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The name matcher's benchmark: a generated watchlist, queries with known answers under
 * each variation a check must see through and the near names it must not confuse, and the
 * same queries against PostgreSQL pg_trgm and a brute-force Jaro-Winkler scan.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = {
				"Measure name matching: recall and precision per variation, latency, throughput, memory; "
						+ "the same for pg_trgm and a Jaro-Winkler scan.",
				"Run with a large heap for a million entries, e.g. JAVA_TOOL_OPTIONS=-Xmx8g." })
class ScreeningBench implements Callable<Integer> {

	@Option(names = "--entries", paramLabel = "N", description = "Watchlist size (default: ${DEFAULT-VALUE}).")
	int entries = 1_000_000;

	@Option(names = "--queries", paramLabel = "N",
			description = "Queries, spread over the variation types (default: ${DEFAULT-VALUE}).")
	int queries = 6000;

	@Option(names = "--seed",
			description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
	long seed = 20261201L;

	@Option(names = "--threshold", paramLabel = "X", description = "Hit threshold (default: the matcher's default).")
	double threshold = NameMatching.DEFAULT_THRESHOLD;

	@Option(names = "--report", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
			description = "Print the report (and write it to FILE when given).")
	String report;

	@Option(names = "--pg-url", paramLabel = "JDBC-URL",
			description = "PostgreSQL database with pg_trgm for the baseline, e.g. "
					+ "jdbc:postgresql://127.0.0.1:5432/puente_bench (no URL: baseline skipped).")
	String pgUrl;

	@Option(names = "--pg-user", description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
	String pgUser = "puente";

	@Option(names = "--pg-password", description = "PostgreSQL password (default: ${DEFAULT-VALUE}).")
	String pgPassword = "puente";

	@Option(names = "--pg-threshold", paramLabel = "X",
			description = "pg_trgm similarity threshold (default: ${DEFAULT-VALUE}).")
	double pgThreshold = 0.5;

	@Option(names = "--pg-queries", paramLabel = "N",
			description = "Queries sent to PostgreSQL, a random sample (default: ${DEFAULT-VALUE}).")
	int pgQueries = 600;

	@Option(names = "--jw-entries", paramLabel = "N",
			description = "Entries the Jaro-Winkler scan covers (a prefix of the watchlist; default: ${DEFAULT-VALUE}).")
	int jwEntries = 100_000;

	@Option(names = "--jw-queries", paramLabel = "N", description = "Queries for the scan (default: ${DEFAULT-VALUE}).")
	int jwQueries = 300;

	@Option(names = "--jw-threshold", paramLabel = "X",
			description = "Jaro-Winkler hit threshold (default: ${DEFAULT-VALUE}).")
	double jwThreshold = 0.9;

	@Option(names = "--export", paramLabel = "DIR",
			description = "Also write the watchlist and queries as CSV for 'screening check'.")
	Path export;

	@Option(names = "--show-misses", paramLabel = "N",
			description = "Print up to N missed or wrong queries per kind, to see why (default: ${DEFAULT-VALUE}).")
	int showMisses = 0;

	static final int LIMIT = 10;

	/** Hits looked at to tell whether the target scored above the threshold at all. */
	static final int DEEP_LIMIT = 2000;

	/** What a query is: a variation of an entry's name, or a non-match. */
	enum Kind {

		EXACT, DIACRITICS_LOST, ORDER_SWAPPED, MIDDLE_DROPPED, TRANSLITERATED, SURNAME_DROPPED, COMPOUND_SHORTENED,
		PARTICLES_HYPHENS, INITIALS, TYPO, TRANSPOSITION, ENYE_TO_N, NON_MATCH_SAME_FAMILY_OTHER_GIVEN,
		NON_MATCH_SAME_NAME_BIRTH_YEARS_APART, NON_MATCH_RANDOM;

		boolean trueMatch() {
			return !name().startsWith("NON_MATCH");
		}

	}

	/**
	 * A query with its answer: the entry it varies (-1 for none) and the entries it may
	 * rightly hit.
	 */
	record Query(int n, Kind kind, Probe probe, int target, List<String> keys) {
	}

	private final StringBuilder out = new StringBuilder();

	/**
	 * How many entries carry each family|given (Vietnamese) or given|first-surname key.
	 */
	private Map<String, Integer> looseKeys = Map.of();

	/**
	 * The keys under which the matcher rightly takes two names for one person: a
	 * Vietnamese family and given name (middles may be dropped), a Spanish given name and
	 * one of the surnames (the other may be dropped, compound given names shortened), and
	 * the first two parts of an alias.
	 */
	/**
	 * Vũ and Võ are one name 武, Hoàng and Huỳnh one name 黃: the matcher rightly takes
	 * them for each other.
	 */
	static String family(String folded) {
		return switch (folded) {
			case "vo" -> "vu";
			case "huynh" -> "hoang";
			default -> folded;
		};
	}

	static List<String> looseKeys(Person p) {
		if (p.vietnamese()) {
			return List.of(family(NameFolding.fold(p.family())) + "|" + NameFolding.fold(p.given()));
		}
		List<String> keys = new ArrayList<>();
		for (String g : p.givens()) {
			String given = first(g);
			if (given != null) {
				keys.add(given + "|" + first(p.surname1()));
				if (p.surname2() != null) {
					keys.add(given + "|" + first(p.surname2()));
				}
			}
		}
		for (String alias : p.aliases()) {
			List<String> tokens = new ArrayList<>(NameFolding.tokens(alias));
			tokens.removeAll(PARTICLES);
			if (tokens.size() >= 2) {
				keys.add(tokens.get(0) + "|" + tokens.get(1));
			}
		}
		return keys;
	}

	static final List<String> PARTICLES = List.of("de", "del", "la", "las", "los", "y");

	/** The first folded word that is not a particle ("de la Cruz" → "cruz"), or null. */
	static String first(String words) {
		for (String t : NameFolding.tokens(words)) {
			if (!PARTICLES.contains(t)) {
				return t;
			}
		}
		return null;
	}

	private void line(String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		out.append(text).append('\n');
		System.out.println(text);
		System.out.flush();
	}

	@Override
	public Integer call() throws Exception {
		if (entries < 1000 || queries < 15) {
			System.err.println("Refused: --entries must be at least 1000 and --queries at least 15.");
			return 1;
		}
		line("# Name matching benchmark");
		line("entries %,d, queries %,d, seed %d, threshold %.2f, limit %d hits per query, %d processors, max heap %,d MB, "
				+ "load average at start %.1f", entries, queries, seed, threshold, LIMIT,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		long t0 = System.nanoTime();
		Random rnd = new Random(seed);
		List<Person> people = new ArrayList<>(entries);
		List<Candidate> candidates = new ArrayList<>(entries);
		for (int i = 0; i < entries; i++) {
			Person p = BenchPeople.person(rnd, i);
			people.add(p);
			candidates.add(candidate(i, p));
		}
		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int i = 0; i < entries; i++) {
			byKey.computeIfAbsent(key(people.get(i).fullName()), k -> new ArrayList<>()).add(i);
			for (String alias : people.get(i).aliases()) {
				byKey.computeIfAbsent(key(alias), k -> new ArrayList<>()).add(i);
			}
		}
		Map<String, Integer> loose = new HashMap<>();
		for (Person p : people) {
			for (String k : looseKeys(p)) {
				loose.merge(k, 1, Integer::sum);
			}
		}
		this.looseKeys = loose;
		List<Query> qs = queries(new Random(seed + 1), people, byKey);
		line("generated in %.1f s: %,d distinct names among %,d entries", (System.nanoTime() - t0) / 1e9, byKey.size(),
				entries);
		if (export != null) {
			export(candidates, qs);
		}

		this.people = people;
		targetNames = i -> "W" + i + " '" + people.get(i).fullName() + "' " + people.get(i).birth();
		System.err.println("Building the index...");
		long before = usedHeap();
		long b0 = System.nanoTime();
		NameIndex index = NameMatching.newIndex();
		for (Candidate c : candidates) {
			index.put(c);
		}
		double buildSeconds = (System.nanoTime() - b0) / 1e9;
		long heap = usedHeap() - before;
		// The generated people stay reachable across both measures, so the difference is
		// the index alone (the id strings it shares with the candidates not counted).
		java.lang.ref.Reference.reachabilityFence(candidates);
		java.lang.ref.Reference.reachabilityFence(people);
		java.lang.ref.Reference.reachabilityFence(byKey);
		line("");
		line("## Puente index (NameMatching.newIndex)");
		line("build %.1f s single-threaded (%,.0f entries/s); heap diff %,d MB (estimatedBytes %,d MB)", buildSeconds,
				entries / buildSeconds, heap >> 20, index.estimatedBytes() >> 20);

		System.err.println("Checking every query (warm-up and quality)...");
		List<List<String>> results = new ArrayList<>();
		for (Query q : qs) {
			results.add(deep(index, q, threshold));
		}
		quality(qs, results);
		Function<Query, Object> check = q -> index.find(q.probe(), threshold, LIMIT);
		latency(qs, check, 1);
		throughput(qs, check, 2, 5);
		line("threshold sweep (recall / precision):%s", sweep(index, qs));

		beiderMorse(people);
		if (pgUrl != null) {
			pgTrgm(people, qs);
		}
		else {
			line("");
			line("## pg_trgm: skipped (no --pg-url)");
		}
		jaroWinkler(people, qs);
		line("");
		line("total run %.0f s, load average at end %.1f", (System.nanoTime() - t0) / 1e9,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		if (report != null && !"-".equals(report)) {
			Files.writeString(Path.of(report), out, StandardCharsets.UTF_8);
		}
		return 0;
	}

	static Candidate candidate(int i, Person p) {
		return new Candidate("W" + i, p.fullName(), p.aliases(), p.birth(), p.female() ? "F" : "M",
				Set.of(p.nationality()), p.document() == null ? Set.of() : Set.of(p.document()));
	}

	/**
	 * A name with everything the matcher may rightly ignore removed: case, accents,
	 * order, particles.
	 */
	static String key(String name) {
		List<String> tokens = new ArrayList<>(NameFolding.tokens(name));
		tokens.removeAll(List.of("de", "del", "y", "la", "las", "los"));
		Collections.sort(tokens);
		return String.join(" ", tokens);
	}

	private static long usedHeap() {
		for (int i = 0; i < 4; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	/**
	 * The top hits, and the target after them when it scores above the threshold but is
	 * crowded out of the top (found by {@link NameIndex#explain}).
	 */
	private static List<String> deep(NameIndex index, Query q, double threshold) {
		List<String> ids = ids(index.find(q.probe(), threshold, LIMIT));
		if (q.target() >= 0 && !ids.contains("W" + q.target())) {
			index.explain(q.probe(), "W" + q.target())
				.filter(m -> m.score() >= threshold)
				.ifPresent(m -> ids.add("W" + q.target()));
		}
		return ids;
	}

	private static List<String> ids(List<Match> matches) {
		List<String> ids = new ArrayList<>(matches.size());
		for (Match m : matches) {
			ids.add(m.id());
		}
		return ids;
	}

	// ---------------------------------------------------------------- queries

	private List<Query> queries(Random rnd, List<Person> people, Map<String, List<Integer>> byKey) {
		Kind[] kinds = Kind.values();
		int per = queries / kinds.length;
		List<Query> out = new ArrayList<>();
		for (Kind kind : kinds) {
			int made = 0;
			int tries = 0;
			while (made < per && tries < per * 200) {
				tries++;
				Query q = query(rnd, kind, people, byKey, out.size());
				if (q != null) {
					out.add(q);
					made++;
				}
			}
		}
		Collections.shuffle(out, rnd);
		return out;
	}

	private Query query(Random rnd, Kind kind, List<Person> people, Map<String, List<Integer>> byKey, int n) {
		int target = rnd.nextInt(people.size());
		Person p = people.get(target);
		if (kind == Kind.NON_MATCH_RANDOM) {
			Person other = BenchPeople.person(rnd, 0);
			if (byKey.containsKey(key(other.fullName()))) {
				return null;
			}
			BirthDate birth = maybe(rnd, 0.5, BenchPeople.birth(rnd));
			return new Query(n, kind, new Probe(other.fullName(), birth, null, null), -1, looseKeys(other));
		}
		if (kind == Kind.NON_MATCH_SAME_FAMILY_OTHER_GIVEN) {
			Person other;
			if (p.vietnamese()) {
				String given = (p.female() ? BenchPeople.VN_GIVEN_F : BenchPeople.VN_GIVEN_M).pick(rnd);
				other = new Person(true, p.family(), p.middles(), given, null, null, null, p.female(), null, null, null,
						List.of());
			}
			else {
				String given = (p.female() ? BenchPeople.ES_GIVEN_F : BenchPeople.ES_GIVEN_M).pick(rnd);
				other = new Person(false, null, null, null, List.of(given), p.surname1(), p.surname2(), p.female(),
						null, null, null, List.of());
			}
			String name = other.fullName();
			if (byKey.containsKey(key(name))) {
				return null;
			}
			BirthDate birth = rnd.nextBoolean() ? null
					: BenchPeople.dayWithin(rnd, BirthDate.inYear(1950 + rnd.nextInt(56)));
			return new Query(n, kind, new Probe(name, birth, null, null), -1, looseKeys(other));
		}
		if (kind == Kind.NON_MATCH_SAME_NAME_BIRTH_YEARS_APART) {
			if (p.birth() == null || !p.birth().exact()) {
				return null;
			}
			int years = (2 + rnd.nextInt(19)) * (rnd.nextBoolean() ? 1 : -1);
			BirthDate birth = BirthDate.on(p.birth().from().plusYears(years));
			Probe probe = new Probe(p.fullName(), birth, rnd.nextBoolean() ? p.nationality() : null, null);
			return new Query(n, kind, probe, -1, looseKeys(p));
		}
		String name = vary(rnd, kind, p);
		if (name == null) {
			return null;
		}
		BirthDate birth = null;
		if (rnd.nextBoolean()) {
			birth = p.birth() == null ? BenchPeople.dayWithin(rnd, BirthDate.inYear(1950 + rnd.nextInt(56)))
					: BenchPeople.dayWithin(rnd, p.birth());
		}
		String nationality = rnd.nextBoolean() ? p.nationality() : null;
		String document = null;
		double d = rnd.nextDouble();
		if (d < 0.1 && p.document() != null) {
			document = p.document();
		}
		else if (d < 0.2) {
			document = "X" + (1_000_000 + rnd.nextInt(9_000_000));
		}
		Probe probe = new Probe(name, birth, nationality, document);
		return new Query(n, kind, probe, target, looseKeys(p));
	}

	private static <T> T maybe(Random rnd, double p, T value) {
		return rnd.nextDouble() < p ? value : null;
	}

	/**
	 * Whether a hit is a right one: the target, or another person the matcher rightly
	 * takes for the same name (same family and given name, or given name and a surname,
	 * see {@link #looseKeys}) whose birth date the probe's does not rule out.
	 */
	private boolean legit(Query q, int hit) {
		if (hit == q.target()) {
			return true;
		}
		Person p = people.get(hit);
		BirthDate birth = q.probe().birth();
		if (birth != null && p.birth() != null && birth.exact() && p.birth().exact()
				&& Math.abs(birth.from().toEpochDay() - p.birth().from().toEpochDay()) > 366) {
			return false;
		}
		for (String k : looseKeys(p)) {
			if (q.keys().contains(k)) {
				return true;
			}
		}
		return false;
	}

	private List<Person> people = List.of();

	private static final Map<String, String[]> RENDERINGS = Map.ofEntries(
			Map.entry("Trần", new String[] { "Chan", "Chen" }),
			Map.entry("Nguyễn", new String[] { "Ruan", "Yuen", "Win" }), Map.entry("Lê", new String[] { "Li", "Lee" }),
			Map.entry("Phạm", new String[] { "Fan" }), Map.entry("Hoàng", new String[] { "Wong", "Huang" }),
			Map.entry("Huỳnh", new String[] { "Wong", "Huang" }), Map.entry("Phan", new String[] { "Pan", "Poon" }),
			Map.entry("Vũ", new String[] { "Wu", "Woo" }), Map.entry("Võ", new String[] { "Wu", "Woo" }),
			Map.entry("Ngô", new String[] { "Ng", "Wu" }), Map.entry("Hồ", new String[] { "Hu", "Woo" }),
			Map.entry("Đặng", new String[] { "Deng" }), Map.entry("Bùi", new String[] { "Pei", "Pui" }),
			Map.entry("Đỗ", new String[] { "Du", "Tou" }), Map.entry("Dương", new String[] { "Yang", "Yeung" }),
			Map.entry("Lý", new String[] { "Li", "Lee" }), Map.entry("Đinh", new String[] { "Ding" }),
			Map.entry("Trương", new String[] { "Cheung", "Zhang" }), Map.entry("Lâm", new String[] { "Lam", "Lin" }),
			Map.entry("Lương", new String[] { "Leung", "Liang" }), Map.entry("Mai", new String[] { "Mei" }),
			Map.entry("Cao", new String[] { "Gao", "Ko" }), Map.entry("Tạ", new String[] { "Tse", "Xie" }),
			Map.entry("Trịnh", new String[] { "Cheng", "Zheng" }));

	static String vary(Random rnd, Kind kind, Person p) {
		String full = p.fullName();
		switch (kind) {
			case EXACT:
				return full;
			case DIACRITICS_LOST:
				return plain(full).equals(full) ? null : plain(full);
			case ORDER_SWAPPED:
				if (!p.vietnamese()) {
					return null;
				}
				return p.given() + " " + p.family() + " " + String.join(" ", p.middles());
			case MIDDLE_DROPPED:
				return p.vietnamese() ? p.family() + " " + p.given() : null;
			case TRANSLITERATED: {
				if (!p.vietnamese() || !RENDERINGS.containsKey(p.family())) {
					return null;
				}
				String[] r = RENDERINGS.get(p.family());
				return r[rnd.nextInt(r.length)] + " " + plain(String.join(" ", p.middles()) + " " + p.given());
			}
			case SURNAME_DROPPED:
				if (p.vietnamese() || p.surname2() == null) {
					return null;
				}
				return String.join(" ", p.givens()) + " " + p.surname1();
			case COMPOUND_SHORTENED: {
				if (p.vietnamese()) {
					return null;
				}
				List<String> givens = new ArrayList<>(p.givens());
				givens.removeAll(List.of("de", "del", "la", "los"));
				if (givens.size() < 2) {
					return null;
				}
				String kept = rnd.nextDouble() < 0.7 ? givens.get(0) : givens.get(givens.size() - 1);
				return kept + " " + p.surname1() + (p.surname2() == null ? "" : " " + p.surname2());
			}
			case PARTICLES_HYPHENS: {
				if (p.vietnamese() || p.surname2() == null) {
					return null;
				}
				String given = String.join(" ", p.givens());
				String s1 = p.surname1();
				String s2 = p.surname2();
				if (s1.contains("-") || s2.contains("-")) {
					return given + " " + s1.replace('-', ' ') + " " + s2.replace('-', ' ');
				}
				if (s1.startsWith("de") || s1.startsWith("del") || s2.startsWith("de")) {
					return given + " " + stripParticles(s1) + " " + stripParticles(s2);
				}
				return rnd.nextBoolean() ? given + " " + s1 + "-" + s2 : given + " " + s1 + " y " + s2;
			}
			case INITIALS: {
				if (p.vietnamese() || p.surname2() == null) {
					return null;
				}
				StringBuilder b = new StringBuilder();
				for (String g : p.givens()) {
					if (!List.of("de", "del", "la", "los").contains(g)) {
						b.append(g.charAt(0)).append(". ");
					}
				}
				return b + p.surname1() + " " + p.surname2();
			}
			case TYPO:
				return edit(rnd, full, 5, false);
			case TRANSPOSITION:
				return edit(rnd, full, 4, true);
			case ENYE_TO_N:
				return full.contains("ñ") || full.contains("Ñ") ? full.replace('ñ', 'n').replace('Ñ', 'N') : null;
			default:
				return null;
		}
	}

	private static String stripParticles(String surname) {
		List<String> words = new ArrayList<>(List.of(surname.split(" ")));
		words.removeAll(List.of("de", "del", "la", "los"));
		return String.join(" ", words);
	}

	/**
	 * Without accents and with đ as d, case kept: how a name reaches a foreign system.
	 */
	static String plain(String text) {
		String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return nfd.replaceAll("\\p{M}", "");
	}

	/**
	 * One typo (substitution, insertion, deletion) or one swap in a word of at least
	 * {@code min} letters.
	 */
	static String edit(Random rnd, String full, int min, boolean swap) {
		String[] words = plain(full).split(" ");
		List<Integer> eligible = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= min && words[i].chars().allMatch(Character::isLetter)) {
				eligible.add(i);
			}
		}
		if (eligible.isEmpty()) {
			return null;
		}
		int w = eligible.get(rnd.nextInt(eligible.size()));
		StringBuilder word = new StringBuilder(words[w]);
		int pos = 1 + rnd.nextInt(word.length() - 1);
		if (swap) {
			pos = 1 + rnd.nextInt(word.length() - 2);
			char a = word.charAt(pos);
			char b = word.charAt(pos + 1);
			if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
				return null;
			}
			word.setCharAt(pos, b);
			word.setCharAt(pos + 1, a);
		}
		else {
			int op = rnd.nextInt(3);
			char letter = (char) ('a' + rnd.nextInt(26));
			if (op == 0) {
				if (Character.toLowerCase(word.charAt(pos)) == letter) {
					return null;
				}
				word.setCharAt(pos, letter);
			}
			else if (op == 1) {
				word.insert(pos, letter);
			}
			else {
				word.deleteCharAt(pos);
			}
		}
		String[] originals = full.split(" ");
		originals[w] = word.toString();
		return String.join(" ", originals);
	}

	// ---------------------------------------------------------------- measures

	/** Counts for one kind of query. */
	static final class Tally {

		int queries;

		int targetFound;

		int targetScored;

		int hitDecisions;

		int rightHitDecisions;

		long wrongHits;

		double recall() {
			return queries == 0 ? Double.NaN : (double) targetScored / queries;
		}

		double recallTop() {
			return queries == 0 ? Double.NaN : (double) targetFound / queries;
		}

		double precision() {
			return hitDecisions == 0 ? Double.NaN : (double) rightHitDecisions / hitDecisions;
		}

	}

	/**
	 * Recall: share of true-match queries whose target scores at or above the threshold;
	 * in top 10: whose target is among the 10 best hits (same-named people crowd it out).
	 * Precision: share of HIT answers that were right (for a true-match query, the target
	 * scores above the threshold; for a non-match, every hit among the top 10 is an entry
	 * of the same name its birth date does not rule out). Wrong hits: hits in the top 10
	 * on other people, counted even beside a right one.
	 */
	private Map<Kind, Tally> tally(List<Query> qs, List<List<String>> results) {
		Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
		for (int i = 0; i < qs.size(); i++) {
			Query q = qs.get(i);
			List<String> deep = results.get(i);
			List<String> hits = deep.subList(0, Math.min(LIMIT, deep.size()));
			Tally t = tallies.computeIfAbsent(q.kind(), k -> new Tally());
			t.queries++;
			boolean targetFound = q.target() >= 0 && hits.contains("W" + q.target());
			if (targetFound) {
				t.targetFound++;
			}
			if (q.target() >= 0 && deep.contains("W" + q.target())) {
				t.targetScored++;
			}
			int wrong = 0;
			for (String h : hits) {
				if (!legit(q, Integer.parseInt(h.substring(1)))) {
					wrong++;
				}
			}
			t.wrongHits += wrong;
			if (!hits.isEmpty()) {
				t.hitDecisions++;
				if (q.kind().trueMatch() ? deep.contains("W" + q.target()) : wrong == 0) {
					t.rightHitDecisions++;
				}
			}
		}
		return tallies;
	}

	private double[] quality(List<Query> qs, List<List<String>> results) {
		Map<Kind, Tally> tallies = tally(qs, results);
		line("%-38s %7s %8s %8s %9s %6s %10s", "query kind", "queries", "recall", "in top10", "precision", "HITs",
				"wrong hits");
		Tally variations = new Tally();
		Tally nonMatches = new Tally();
		Tally all = new Tally();
		for (Map.Entry<Kind, Tally> e : tallies.entrySet()) {
			Tally t = e.getValue();
			boolean variation = e.getKey().trueMatch();
			line("%-38s %7d %8s %8s %9s %6d %10d", e.getKey(), t.queries, variation ? pct(t.recall()) : "-",
					variation ? pct(t.recallTop()) : "-", pct(t.precision()), t.hitDecisions, t.wrongHits);
			add(all, t);
			add(variation ? variations : nonMatches, t);
		}
		line("%-38s %7d %8s %8s %9s %6d %10d", "VARIATIONS", variations.queries, pct(variations.recall()),
				pct(variations.recallTop()), pct(variations.precision()), variations.hitDecisions,
				variations.wrongHits);
		line("%-38s %7d %8s %8s %9s %6d %10d", "NON-MATCHES", nonMatches.queries, "-", "-", pct(nonMatches.precision()),
				nonMatches.hitDecisions, nonMatches.wrongHits);
		line("%-38s %7d %8s %8s %9s %6d %10d", "ALL", all.queries, pct(variations.recall()),
				pct(variations.recallTop()), pct(all.precision()), all.hitDecisions, all.wrongHits);
		line("false HIT rate on non-matches: %s", pct(
				(double) (nonMatches.hitDecisions - nonMatches.rightHitDecisions) / Math.max(1, nonMatches.queries)));
		if (showMisses > 0) {
			misses(qs, results);
		}
		return new double[] { variations.recall(), all.precision() };
	}

	private void misses(List<Query> qs, List<List<String>> results) {
		Map<Kind, Integer> shown = new EnumMap<>(Kind.class);
		for (int i = 0; i < qs.size(); i++) {
			Query q = qs.get(i);
			List<String> deep = results.get(i);
			boolean miss = q.kind().trueMatch() ? !deep.contains("W" + q.target())
					: deep.stream().limit(LIMIT).anyMatch(h -> !legit(q, Integer.parseInt(h.substring(1))));
			if (miss && shown.merge(q.kind(), 1, Integer::sum) <= showMisses) {
				System.out.printf("  MISS %s: probe '%s' %s target %s; hits %s%n", q.kind(), q.probe().fullName(),
						q.probe().birth(), q.target() < 0 ? "-" : targetNames.apply(q.target()),
						deep.stream()
							.limit(LIMIT)
							.filter(h -> q.kind().trueMatch() || !legit(q, Integer.parseInt(h.substring(1))))
							.limit(2)
							.map(h -> targetNames.apply(Integer.parseInt(h.substring(1))))
							.toList());
			}
		}
	}

	private Function<Integer, String> targetNames = i -> "W" + i;

	private String sweep(NameIndex index, List<Query> qs) {
		StringBuilder b = new StringBuilder();
		qs = qs.subList(0, Math.min(qs.size(), 2000));
		b.append(String.format(Locale.ROOT, " (first %d queries)", qs.size()));
		for (double t : new double[] { 0.7, 0.75, 0.85, 0.9 }) {
			List<List<String>> results = new ArrayList<>();
			for (Query q : qs) {
				results.add(deep(index, q, t));
			}
			Map<Kind, Tally> tallies = tally(qs, results);
			Tally v = new Tally();
			Tally a = new Tally();
			tallies.forEach((k, x) -> {
				add(a, x);
				if (k.trueMatch()) {
					add(v, x);
				}
			});
			b.append(String.format(Locale.ROOT, " %.2f→%s/%s", t, pct(v.recall()),
					pct((double) a.rightHitDecisions / Math.max(1, a.hitDecisions))));
		}
		return b.toString();
	}

	private static void add(Tally sum, Tally t) {
		sum.queries += t.queries;
		sum.targetFound += t.targetFound;
		sum.targetScored += t.targetScored;
		sum.hitDecisions += t.hitDecisions;
		sum.rightHitDecisions += t.rightHitDecisions;
		sum.wrongHits += t.wrongHits;
	}

	private static String pct(double x) {
		return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", x * 100);
	}

	private void latency(List<Query> qs, Function<Query, Object> check, double scale) {
		java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
		long[] nanos = new long[qs.size()];
		long[] cpuNanos = new long[qs.size()];
		for (int i = 0; i < qs.size(); i++) {
			long c = cpu.getCurrentThreadCpuTime();
			long s = System.nanoTime();
			check.apply(qs.get(i));
			nanos[i] = System.nanoTime() - s;
			cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpuNanos);
		line("single-check latency over %,d checks%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (wall clock); "
				+ "CPU time of the checking thread p50 %.2f ms, p99 %.2f ms", nanos.length,
				scale == 1 ? "" : String.format(Locale.ROOT, " (scaled ×%.0f)", scale),
				scale * nanos[nanos.length / 2] / 1e6, scale * nanos[(int) (nanos.length * 0.99)] / 1e6,
				scale * nanos[nanos.length - 1] / 1e6, scale * cpuNanos[nanos.length / 2] / 1e6,
				scale * cpuNanos[(int) (nanos.length * 0.99)] / 1e6);
	}

	private double throughput(List<Query> qs, Function<Query, Object> check, int threads, double minSeconds)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		long deadline = start + (long) (minSeconds * 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger done = new AtomicInteger();
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(pool.submit(() -> {
					while (true) {
						int i = next.getAndIncrement();
						if (i >= qs.size() && System.nanoTime() > deadline) {
							break;
						}
						check.apply(qs.get(i % qs.size()));
						done.incrementAndGet();
					}
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = done.get() / seconds;
		line("batch throughput, %d threads: %,.0f names/s (%,d checks in %.1f s)", threads, rate, done.get(), seconds);
		return rate;
	}

	private void beiderMorse(List<Person> people) throws org.apache.commons.codec.EncoderException {
		BeiderMorseEncoder bm = new BeiderMorseEncoder();
		bm.setNameType(NameType.GENERIC);
		bm.setRuleType(RuleType.APPROX);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 2000 && i < people.size(); i++) {
			tokens.addAll(NameFolding.tokens(people.get(i).fullName()));
		}
		for (String t : tokens.subList(0, Math.min(500, tokens.size()))) {
			bm.encode(t);
		}
		long s = System.nanoTime();
		long chars = 0;
		for (String t : tokens) {
			chars += bm.encode(t).length();
		}
		double micros = (System.nanoTime() - s) / 1e3 / tokens.size();
		line("");
		line("## Beider-Morse (generic, approx), measured for the record");
		line("%.1f µs per name part (%,d parts, mean key length %d chars): %.2f ms for a 4-part probe", micros,
				tokens.size(), chars / tokens.size(), micros * 4 / 1000);
	}

	// ---------------------------------------------------------------- pg_trgm

	private void pgTrgm(List<Person> people, List<Query> qs) throws Exception {
		line("");
		line("## Baseline: PostgreSQL pg_trgm similarity, GIN index (names folded in Java as for the index)");
		List<Query> sample = qs.subList(0, Math.min(pgQueries, qs.size()));
		try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword)) {
			try (Statement s = c.createStatement()) {
				s.execute("create extension if not exists pg_trgm");
				s.execute("drop table if exists bench_name");
				s.execute("create unlogged table bench_name (entry int not null, name text not null)");
			}
			long l0 = System.nanoTime();
			StringBuilder copy = new StringBuilder();
			var copier = c.unwrap(PGConnection.class).getCopyAPI();
			for (int i = 0; i < people.size(); i++) {
				copy.append(i).append('\t').append(NameFolding.fold(people.get(i).fullName())).append('\n');
				for (String alias : people.get(i).aliases()) {
					copy.append(i).append('\t').append(NameFolding.fold(alias)).append('\n');
				}
				if (copy.length() > 4_000_000 || i == people.size() - 1) {
					copier.copyIn("copy bench_name from stdin", new StringReader(copy.toString()));
					copy.setLength(0);
				}
			}
			double load = (System.nanoTime() - l0) / 1e9;
			long i0 = System.nanoTime();
			try (Statement s = c.createStatement()) {
				s.execute("create index bench_name_trgm on bench_name using gin (name gin_trgm_ops)");
				s.execute("analyze bench_name");
			}
			double indexSeconds = (System.nanoTime() - i0) / 1e9;
			long size;
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select pg_relation_size('bench_name_trgm')")) {
				rs.next();
				size = rs.getLong(1);
			}
			line("load (COPY) %.1f s, GIN index build %.1f s, index size %,d MB; similarity threshold %.2f; "
					+ "%,d sampled queries", load, indexSeconds, size >> 20, pgThreshold, sample.size());
			List<List<String>> results = new ArrayList<>();
			try (PreparedStatement ps = prepare(c)) {
				for (Query q : sample) {
					results.add(trgm(ps, q));
				}
				quality(sample, results);
				latency(sample, q -> {
					try {
						return trgm(ps, q);
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}, 1);
			}
			ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
			List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
			try {
				throughput(sample, q -> {
					try {
						PreparedStatement ps = statements.get();
						if (ps == null) {
							Connection own = DriverManager.getConnection(pgUrl, pgUser, pgPassword);
							connections.add(own);
							ps = prepare(own);
							statements.set(ps);
						}
						return trgm(ps, q);
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}, 2, 5);
			}
			finally {
				for (Connection own : connections) {
					own.close();
				}
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table bench_name");
			}
		}
	}

	private PreparedStatement prepare(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("set pg_trgm.similarity_threshold = " + pgThreshold);
		}
		return c.prepareStatement("select entry, similarity(name, ?) as s from bench_name where name % ? "
				+ "order by s desc limit " + LIMIT * 10);
	}

	private static List<String> trgm(PreparedStatement ps, Query q) throws SQLException {
		String name = NameFolding.fold(q.probe().fullName());
		ps.setString(1, name);
		ps.setString(2, name);
		List<String> out = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next() && out.size() < LIMIT * 10) {
				String id = "W" + rs.getInt(1);
				if (!out.contains(id)) {
					out.add(id);
				}
			}
		}
		return out;
	}

	// ---------------------------------------------------------------- Jaro-Winkler scan

	private void jaroWinkler(List<Person> people, List<Query> qs) {
		int n = Math.min(jwEntries, people.size());
		line("");
		line("## Baseline: brute-force Jaro-Winkler scan (Commons Text) on sorted folded names, threshold %.2f",
				jwThreshold);
		String[][] names = new String[n][];
		for (int i = 0; i < n; i++) {
			Person p = people.get(i);
			List<String> all = new ArrayList<>();
			all.add(sorted(p.fullName()));
			for (String a : p.aliases()) {
				all.add(sorted(a));
			}
			names[i] = all.toArray(String[]::new);
		}
		List<Query> sample = new ArrayList<>();
		for (Query q : qs) {
			if (sample.size() >= jwQueries) {
				break;
			}
			if (q.target() < n) {
				sample.add(q);
			}
		}
		line("scan over the first %,d entries (of %,d) with %,d sampled queries whose target is among them; "
				+ "latency and throughput scaled ×%.0f to the full watchlist", n, people.size(), sample.size(),
				(double) people.size() / n);
		JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
		Function<Query, Object> scan = q -> {
			String key = sorted(q.probe().fullName());
			List<double[]> found = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				double best = 0;
				for (String name : names[i]) {
					best = Math.max(best, jw.apply(key, name));
				}
				if (best >= jwThreshold) {
					found.add(new double[] { best, i });
				}
			}
			found.sort((a, b) -> Double.compare(b[0], a[0]));
			List<String> ids = new ArrayList<>();
			for (double[] f : found.subList(0, Math.min(LIMIT * 10, found.size()))) {
				ids.add("W" + (int) f[1]);
			}
			return ids;
		};
		List<List<String>> results = new ArrayList<>();
		for (Query q : sample) {
			@SuppressWarnings("unchecked")
			List<String> r = (List<String>) scan.apply(q);
			results.add(r);
		}
		quality(sample, results);
		double scale = (double) people.size() / n;
		latency(sample.subList(0, Math.min(100, sample.size())), scan, scale);
		try {
			double rate = throughputOnce(sample, scan, 2);
			line("batch throughput, 2 threads: %,.1f names/s scaled (%,.1f names/s on %,d entries)", rate / scale, rate,
					n);
		}
		catch (Exception ex) {
			line("throughput failed: %s", ex);
		}
	}

	private static double throughputOnce(List<Query> qs, Function<Query, Object> check, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < Math.min(qs.size(), 100); i = next.getAndIncrement()) {
						check.apply(qs.get(i));
					}
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return Math.min(qs.size(), 100) / ((System.nanoTime() - start) / 1e9);
	}

	private static String sorted(String name) {
		List<String> tokens = new ArrayList<>(NameFolding.tokens(name));
		Collections.sort(tokens);
		return String.join(" ", tokens);
	}

	// ---------------------------------------------------------------- export

	private void export(List<Candidate> candidates, List<Query> qs) throws IOException {
		Files.createDirectories(export);
		try (Writer w = Files.newBufferedWriter(export.resolve("watchlist.csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder()
					.setHeader("id", "full_name", "aliases", "birth_date", "sex", "nationality", "document_number")
					.get()
					.print(w)) {
			for (Candidate c : candidates) {
				csv.printRecord(c.id(), c.fullName(), String.join("|", c.aliases()),
						c.birth() == null ? "" : c.birth().toString(), c.sex(), String.join("|", c.nationalities()),
						String.join("|", c.documents()));
			}
		}
		try (Writer w = Files.newBufferedWriter(export.resolve("queries.csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder()
					.setHeader("query_id", "full_name", "birth_date", "nationality", "document_number", "kind",
							"expected_entry")
					.get()
					.print(w)) {
			for (Query q : qs) {
				Probe p = q.probe();
				csv.printRecord("Q" + q.n(), p.fullName(), p.birth() == null ? "" : p.birth().toString(),
						p.nationality() == null ? "" : p.nationality(), p.document() == null ? "" : p.document(),
						q.kind(), q.target() < 0 ? "" : "W" + q.target());
			}
		}
		System.err.println("Wrote " + export.resolve("watchlist.csv") + " and " + export.resolve("queries.csv"));
	}

}
