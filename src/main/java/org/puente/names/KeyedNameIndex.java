package org.puente.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A name index that retrieves candidates by keys and scores only those: every pair of
 * name parts of every name of an entry is a key ("nguyen|an", "alvarez|casas"), so a
 * probe finds an entry as soon as two of its parts agree in any order, with parts widened
 * to their transliterations and one-typo neighbours over the vocabulary of the index.
 * Reads share a lock, writes take it alone.
 */
final class KeyedNameIndex implements NameIndex {

	/** Pair keys shared by more entries than this are skipped: they carry no identity. */
	static final int MAX_POSTING = 20_000;

	/**
	 * Pair keys shared by more entries than this ("nguyen|hung") are narrowed by a third
	 * part of the probe, and by names made only of the probe's parts.
	 */
	static final int NARROW_POSTING = 2_000;

	/** Name parts beyond this many are left out of triple keys. */
	static final int MAX_TRIPLE_PARTS = 8;

	/** Score of a part that is a transliteration of the other. */
	static final double TRANSLITERATION = 0.9;

	/** Score of a swap of two neighbouring letters. */
	static final double TRANSPOSITION = 0.88;

	/** Score of one letter added, dropped or replaced. */
	static final double TYPO = 0.85;

	/** Score of an initial against the part it abbreviates. */
	static final double INITIAL = 0.75;

	/** Share of a part's weight lost when one side just leaves it out. */
	static final double OMISSION = 0.1;

	/**
	 * Below this share of weight matched on either side, the score shrinks in proportion.
	 */
	static final double COVERAGE = 0.4;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Vocabulary vocabulary = new Vocabulary();

	private final Map<String, Integer> slots = new HashMap<>();

	private Entry[] entries = new Entry[1024];

	private final IntList freeSlots = new IntList();

	private int nextSlot;

	private final Map<Long, IntList> pairs = new HashMap<>();

	private final Map<Long, IntList> triples = new HashMap<>();

	private final Map<Long, IntList> nameSets = new HashMap<>();

	private final List<IntList> singles = new ArrayList<>();

	private final Map<String, IntList> documents = new HashMap<>();

	private final ThreadLocal<Marks> marks = ThreadLocal.withInitial(Marks::new);

	/** One indexed person: token ids of each name, evidence normalised. */
	private record Entry(String id, int[][] names, boolean[] familyFirst, BirthDate birth, Set<String> nationalities,
			Set<String> documents) {
	}

	@Override
	public void put(Candidate candidate) {
		List<List<String>> names = new ArrayList<>();
		addName(names, candidate.fullName());
		for (String alias : candidate.aliases()) {
			addName(names, alias);
		}
		Set<String> docs = new HashSet<>();
		for (String d : candidate.documents()) {
			String n = document(d);
			if (!n.isEmpty()) {
				docs.add(n);
			}
		}
		Set<String> nats = new HashSet<>();
		for (String n : candidate.nationalities()) {
			if (n != null && !n.isBlank()) {
				nats.add(n.strip().toUpperCase(Locale.ROOT));
			}
		}
		lock.writeLock().lock();
		try {
			Integer old = slots.get(candidate.id());
			if (old != null) {
				unindex(old);
			}
			int slot = freeSlots.size() > 0 ? freeSlots.pop() : nextSlot++;
			int[][] ids = new int[names.size()][];
			for (int i = 0; i < ids.length; i++) {
				List<String> tokens = names.get(i);
				ids[i] = new int[tokens.size()];
				for (int j = 0; j < tokens.size(); j++) {
					ids[i][j] = vocabulary.add(tokens.get(j));
				}
			}
			boolean[] familyFirst = new boolean[names.size()];
			for (int i = 0; i < familyFirst.length; i++) {
				familyFirst[i] = NameRules.familyFirst(names.get(i));
			}
			Entry entry = new Entry(candidate.id(), ids, familyFirst, candidate.birth(), Set.copyOf(nats),
					Set.copyOf(docs));
			if (slot >= entries.length) {
				entries = Arrays.copyOf(entries, Math.max(slot + 1, entries.length * 2));
			}
			entries[slot] = entry;
			slots.put(candidate.id(), slot);
			for (long key : pairKeys(ids)) {
				pairs.computeIfAbsent(key, k -> new IntList()).add(slot);
			}
			for (long key : tripleKeys(ids)) {
				triples.computeIfAbsent(key, k -> new IntList()).add(slot);
			}
			for (long key : nameSetKeys(ids)) {
				nameSets.computeIfAbsent(key, k -> new IntList()).add(slot);
			}
			for (int token : distinctTokens(ids)) {
				while (singles.size() <= token) {
					singles.add(null);
				}
				IntList list = singles.get(token);
				if (list == null) {
					list = new IntList();
					singles.set(token, list);
				}
				list.add(slot);
			}
			for (String d : docs) {
				documents.computeIfAbsent(d, k -> new IntList()).add(slot);
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private static void addName(List<List<String>> names, String name) {
		List<String> tokens = NameRules.tokens(name);
		if (!tokens.isEmpty() && !names.contains(tokens)) {
			names.add(tokens);
		}
	}

	@Override
	public void remove(String id) {
		lock.writeLock().lock();
		try {
			Integer slot = slots.get(id);
			if (slot != null) {
				unindex(slot);
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void unindex(int slot) {
		Entry entry = entries[slot];
		for (long key : pairKeys(entry.names())) {
			IntList list = pairs.get(key);
			list.removeValue(slot);
			if (list.size() == 0) {
				pairs.remove(key);
			}
		}
		removeAll(triples, tripleKeys(entry.names()), slot);
		removeAll(nameSets, nameSetKeys(entry.names()), slot);
		for (int token : distinctTokens(entry.names())) {
			singles.get(token).removeValue(slot);
		}
		for (String d : entry.documents()) {
			IntList list = documents.get(d);
			list.removeValue(slot);
			if (list.size() == 0) {
				documents.remove(d);
			}
		}
		slots.remove(entry.id());
		entries[slot] = null;
		freeSlots.add(slot);
	}

	private static Set<Long> pairKeys(int[][] names) {
		Set<Long> keys = new HashSet<>();
		for (int[] name : names) {
			for (int i = 0; i < name.length; i++) {
				for (int j = i + 1; j < name.length; j++) {
					// "Rodríguez Rodríguez" is a pair too.
					keys.add(pairKey(name[i], name[j]));
				}
			}
		}
		return keys;
	}

	private static void removeAll(Map<Long, IntList> map, Set<Long> keys, int slot) {
		for (long key : keys) {
			IntList list = map.get(key);
			list.removeValue(slot);
			if (list.size() == 0) {
				map.remove(key);
			}
		}
	}

	private static Set<Long> tripleKeys(int[][] names) {
		Set<Long> keys = new HashSet<>();
		for (int[] name : names) {
			int n = Math.min(name.length, MAX_TRIPLE_PARTS);
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					for (int k = j + 1; k < n; k++) {
						keys.add(tripleKey(name[i], name[j], name[k]));
					}
				}
			}
		}
		return keys;
	}

	private static Set<Long> nameSetKeys(int[][] names) {
		Set<Long> keys = new HashSet<>();
		for (int[] name : names) {
			keys.add(nameSetKey(name.clone()));
		}
		return keys;
	}

	/** Three parts in any order; ids past 2^21 share keys, which only adds candidates. */
	static long tripleKey(int a, int b, int c) {
		int lo = Math.min(a, Math.min(b, c));
		int hi = Math.max(a, Math.max(b, c));
		int mid = a + b + c - lo - hi;
		return ((long) (lo & 0x1FFFFF) << 42) | ((long) (mid & 0x1FFFFF) << 21) | (hi & 0x1FFFFF);
	}

	/**
	 * All the parts of a name, in any order (sorts its argument); a hash, collisions only
	 * add candidates.
	 */
	static long nameSetKey(int[] ids) {
		Arrays.sort(ids);
		long h = 0xcbf29ce484222325L ^ ids.length;
		for (int id : ids) {
			h = (h ^ id) * 0x100000001b3L;
			h ^= h >>> 29;
		}
		return h;
	}

	private static Set<Integer> distinctTokens(int[][] names) {
		Set<Integer> tokens = new HashSet<>();
		for (int[] name : names) {
			for (int t : name) {
				tokens.add(t);
			}
		}
		return tokens;
	}

	static long pairKey(int a, int b) {
		int lo = Math.min(a, b);
		int hi = Math.max(a, b);
		return ((long) lo << 32) | (hi & 0xffffffffL);
	}

	static String document(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}

	@Override
	public int size() {
		lock.readLock().lock();
		try {
			return slots.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	@Override
	public List<Match> find(Probe probe, double threshold, int limit) {
		List<String> tokens = NameRules.tokens(probe.fullName());
		String doc = document(probe.document());
		if ((tokens.isEmpty() && doc.isEmpty()) || limit <= 0) {
			return List.of();
		}
		String nationality = probe.nationality() == null || probe.nationality().isBlank() ? null
				: probe.nationality().strip().toUpperCase(Locale.ROOT);
		lock.readLock().lock();
		try {
			Query query = query(tokens, probe.birth(), nationality, doc);
			Marks seen = marks.get();
			seen.next(entries.length);
			List<Scored> found = new ArrayList<>();
			for (IntList posting : postings(query)) {
				for (int k = 0; k < posting.size(); k++) {
					int slot = posting.get(k);
					if (seen.mark(slot)) {
						double score = score(query, entries[slot], null);
						if (score >= threshold) {
							found.add(new Scored(slot, score));
						}
					}
				}
			}
			found.sort((a, b) -> Double.compare(b.score, a.score));
			List<Match> out = new ArrayList<>(Math.min(limit, found.size()));
			for (Scored s : found) {
				if (out.size() == limit) {
					break;
				}
				Entry entry = entries[s.slot];
				List<String> reasons = new ArrayList<>();
				score(query, entry, reasons);
				out.add(new Match(entry.id(), Math.round(s.score * 1000) / 1000.0, List.copyOf(reasons)));
			}
			return out;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private record Scored(int slot, double score) {
	}

	@Override
	public Optional<Match> explain(Probe probe, String id) {
		List<String> tokens = NameRules.tokens(probe.fullName());
		String doc = document(probe.document());
		String nationality = probe.nationality() == null || probe.nationality().isBlank() ? null
				: probe.nationality().strip().toUpperCase(Locale.ROOT);
		lock.readLock().lock();
		try {
			Integer slot = slots.get(id);
			if (slot == null || (tokens.isEmpty() && doc.isEmpty())) {
				return Optional.empty();
			}
			Query query = query(tokens, probe.birth(), nationality, doc);
			boolean candidate = false;
			for (IntList posting : postings(query)) {
				if (posting.contains(slot)) {
					candidate = true;
					break;
				}
			}
			if (!candidate) {
				return Optional.empty();
			}
			List<String> reasons = new ArrayList<>();
			double score = score(query, entries[slot], reasons);
			return score < 0 ? Optional.empty()
					: Optional.of(new Match(id, Math.round(score * 1000) / 1000.0, List.copyOf(reasons)));
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * A probe prepared for scoring: its tokens and, per token, the vocabulary ids it may
	 * be.
	 */
	private record Query(List<String> tokens, List<Map<Integer, Alternative>> alternatives, BirthDate birth,
			String nationality, String document, boolean familyFirst, int[][] altIds, double[][] altScores,
			double[] weights, char[] initials) {
	}

	private Query query(List<String> tokens, BirthDate birth, String nationality, String doc) {
		List<Map<Integer, Alternative>> alternatives = alternatives(tokens);
		int m = tokens.size();
		int[][] ids = new int[m][];
		double[][] scores = new double[m][];
		double[] weights = new double[m];
		char[] initials = new char[m];
		boolean familyFirst = NameRules.familyFirst(tokens);
		for (int i = 0; i < m; i++) {
			Map<Integer, Alternative> alts = alternatives.get(i);
			ids[i] = new int[alts.size()];
			scores[i] = new double[alts.size()];
			int k = 0;
			for (Map.Entry<Integer, Alternative> e : alts.entrySet()) {
				ids[i][k] = e.getKey();
				scores[i][k++] = e.getValue().score();
			}
			weights[i] = familyFirst && i == m - 1 ? 1.0 : NameRules.weight(tokens.get(i));
			initials[i] = tokens.get(i).length() == 1 ? tokens.get(i).charAt(0) : 0;
		}
		return new Query(tokens, alternatives, birth, nationality, doc, familyFirst, ids, scores, weights, initials);
	}

	/** A vocabulary token a probe token may stand for, and how. */
	private record Alternative(double score, String kind) {
	}

	private List<Map<Integer, Alternative>> alternatives(List<String> tokens) {
		List<Map<Integer, Alternative>> out = new ArrayList<>(tokens.size());
		for (String token : tokens) {
			Map<Integer, Alternative> alts = new LinkedHashMap<>();
			int id = vocabulary.id(token);
			if (id >= 0) {
				alts.put(id, new Alternative(1.0, "EQUAL"));
			}
			for (String other : NameRules.equivalents(token)) {
				int o = vocabulary.id(other);
				if (o >= 0) {
					alts.putIfAbsent(o, new Alternative(TRANSLITERATION, "TRANSLITERATION"));
				}
			}
			// A part the index knows is taken as written: one letter turns Hương into
			// Sương,
			// Mario into María, and those are other people. Unknown parts may be typos.
			if (id < 0 && token.length() >= 4) {
				for (int o : vocabulary.typoNeighbours(token)) {
					boolean swap = NameRules.transposed(token, vocabulary.token(o));
					alts.putIfAbsent(o, new Alternative(swap ? TRANSPOSITION : TYPO, swap ? "TRANSPOSITION" : "TYPO"));
				}
			}
			out.add(alts);
		}
		return out;
	}

	private List<IntList> postings(Query query) {
		List<IntList> out = new ArrayList<>();
		List<Map<Integer, Alternative>> alts = query.alternatives();
		int usable = 0;
		for (Map<Integer, Alternative> a : alts) {
			if (!a.isEmpty()) {
				usable++;
			}
		}
		if (usable >= 2) {
			Set<Long> done = new HashSet<>();
			Set<Long> doneTriples = new HashSet<>();
			boolean narrowed = false;
			for (int i = 0; i < alts.size(); i++) {
				for (int j = i + 1; j < alts.size(); j++) {
					for (int a : alts.get(i).keySet()) {
						for (int b : alts.get(j).keySet()) {
							if (!done.add(pairKey(a, b))) {
								continue;
							}
							IntList list = pairs.get(pairKey(a, b));
							if (list == null) {
								continue;
							}
							if (list.size() <= NARROW_POSTING || usable == 2) {
								if (list.size() <= MAX_POSTING) {
									out.add(list);
								}
								continue;
							}
							// A crowded pair: an entry that shares only these two parts
							// with
							// the probe and has parts of its own conflicts with it, so
							// the
							// entries worth scoring share a third part, or are made of
							// the
							// probe's parts only.
							narrowed = true;
							for (int k = 0; k < alts.size(); k++) {
								if (k == i || k == j) {
									continue;
								}
								for (int c : alts.get(k).keySet()) {
									long key = tripleKey(a, b, c);
									IntList t = doneTriples.add(key) ? triples.get(key) : null;
									if (t != null && t.size() <= MAX_POSTING) {
										out.add(t);
									}
								}
							}
						}
					}
				}
			}
			if (narrowed) {
				subsetNames(alts, out);
			}
		}
		// A probe with one identifying part finds entries by that part alone, and so do
		// entries of one part (a single name, a nickname alias).
		for (Map<Integer, Alternative> a : alts) {
			for (int t : a.keySet()) {
				IntList list = t < singles.size() ? singles.get(t) : null;
				if (list != null && (usable < 2 ? list.size() <= MAX_POSTING : false)) {
					out.add(list);
				}
			}
		}
		if (!query.document().isEmpty()) {
			IntList list = documents.get(query.document());
			if (list != null) {
				out.add(list);
			}
		}
		return out;
	}

	/**
	 * Entries whose name is made of two or more of the probe's parts (any alternatives)
	 * and nothing else.
	 */
	private void subsetNames(List<Map<Integer, Alternative>> alts, List<IntList> out) {
		List<int[]> positions = new ArrayList<>();
		for (Map<Integer, Alternative> a : alts) {
			if (!a.isEmpty() && positions.size() < MAX_TRIPLE_PARTS) {
				positions.add(a.keySet().stream().mapToInt(Integer::intValue).toArray());
			}
		}
		int p = positions.size();
		Set<Long> done = new HashSet<>();
		for (int mask = 1; mask < (1 << p); mask++) {
			if (Integer.bitCount(mask) < 2) {
				continue;
			}
			int[] chosen = new int[Integer.bitCount(mask)];
			int c = 0;
			long combos = 1;
			for (int i = 0; i < p; i++) {
				if ((mask & (1 << i)) != 0) {
					chosen[c++] = i;
					combos *= positions.get(i).length;
				}
			}
			if (combos > 256) {
				continue;
			}
			int[] ids = new int[chosen.length];
			for (long combo = 0; combo < combos; combo++) {
				long rest = combo;
				for (int k = 0; k < chosen.length; k++) {
					int[] options = positions.get(chosen[k]);
					ids[k] = options[(int) (rest % options.length)];
					rest /= options.length;
				}
				long key = nameSetKey(ids.clone());
				IntList list = done.add(key) ? nameSets.get(key) : null;
				if (list != null && list.size() <= MAX_POSTING) {
					out.add(list);
				}
			}
		}
	}

	/**
	 * Scores an entry against the query, best over its names, with birth date, document
	 * and nationality applied; negative when the birth date rules the entry out. Writes
	 * the reasons when {@code reasons} is not null.
	 */
	private double score(Query query, Entry entry, List<String> reasons) {
		double best = 0;
		int bestName = -1;
		for (int n = 0; n < entry.names().length; n++) {
			double s = nameScore(query, entry.names()[n], entry.familyFirst()[n], null);
			if (s > best) {
				best = s;
				bestName = n;
			}
		}
		if (reasons != null && bestName >= 0) {
			if (bestName > 0) {
				reasons.add("ALIAS");
			}
			nameScore(query, entry.names()[bestName], entry.familyFirst()[bestName], reasons);
			reasons.add("NAME_SCORE(" + Math.round(best * 100) + "%)");
		}
		double score = best;
		if (query.birth() != null && entry.birth() != null) {
			score = birth(score, query.birth(), entry.birth(), reasons);
			if (score < 0) {
				return score;
			}
		}
		if (!query.document().isEmpty() && entry.documents().contains(query.document())) {
			// A check by document number alone is answered by the document alone.
			score = query.tokens().isEmpty() ? 1 : score + (1 - score) * 0.7;
			add(reasons, "DOCUMENT_EQUAL");
		}
		if (query.nationality() != null && !entry.nationalities().isEmpty()) {
			if (entry.nationalities().contains(query.nationality())) {
				score += (1 - score) * 0.1;
				add(reasons, "NATIONALITY_EQUAL");
			}
			else {
				score -= 0.03;
				add(reasons, "NATIONALITY_DIFFERS");
			}
		}
		return Math.max(0, Math.min(1, score));
	}

	private static double birth(double score, BirthDate probe, BirthDate entry, List<String> reasons) {
		long gap = gapDays(probe, entry);
		if (probe.exact() && entry.exact()) {
			if (gap == 0) {
				add(reasons, "BIRTH_DATE_EQUAL");
				return score + (1 - score) * 0.3;
			}
			if (gap > 366) {
				add(reasons, "BIRTH_DATE_RULES_OUT");
				return -1;
			}
			add(reasons, "BIRTH_DATE_CLOSE");
			return score - 0.05;
		}
		if (gap == 0) {
			if (probe.from().getYear() == entry.from().getYear() && probe.to().getYear() == entry.to().getYear()) {
				add(reasons, "BIRTH_YEAR_EQUAL");
			}
			else {
				add(reasons, "BIRTH_DATE_POSSIBLE");
			}
			return score;
		}
		add(reasons, "BIRTH_YEAR_DIFFERS");
		return score - (gap > 366 ? 0.1 : 0.03);
	}

	/** Days between two birth date ranges, 0 when they overlap. */
	private static long gapDays(BirthDate a, BirthDate b) {
		if (a.to().isBefore(b.from())) {
			return b.from().toEpochDay() - a.to().toEpochDay();
		}
		if (b.to().isBefore(a.from())) {
			return a.from().toEpochDay() - b.to().toEpochDay();
		}
		return 0;
	}

	/**
	 * Aligns probe parts to name parts one to one, best pairs first, and weighs them: a
	 * part left out by one side costs little (dropped middle name, second surname), parts
	 * left unmatched on both sides cost their full weight (a different given name).
	 */
	private double nameScore(Query query, int[] name, boolean familyFirst, List<String> reasons) {
		List<String> tokens = query.tokens();
		int m = tokens.size();
		int n = name.length;
		if (m == 0 || n == 0) {
			return 0;
		}
		Scratch scratch = this.scratch.get().size(m, n);
		double[] sim = scratch.sim;
		double[] nameWeight = scratch.nameWeight;
		for (int j = 0; j < n; j++) {
			nameWeight[j] = familyFirst && j == n - 1 ? 1.0 : vocabulary.weight(name[j]);
		}
		for (int i = 0; i < m; i++) {
			int[] ids = query.altIds()[i];
			double[] scores = query.altScores()[i];
			char initial = query.initials()[i];
			for (int j = 0; j < n; j++) {
				int t = name[j];
				double v = 0;
				for (int k = 0; k < ids.length; k++) {
					if (ids[k] == t) {
						v = scores[k];
						break;
					}
				}
				if (v == 0) {
					char c = vocabulary.first(t);
					if ((initial != 0 && initial == c) || (vocabulary.length(t) == 1 && tokens.get(i).charAt(0) == c)) {
						v = INITIAL;
					}
				}
				sim[i * n + j] = v;
			}
		}
		int[] probeTo = scratch.probeTo;
		boolean[] nameUsed = scratch.nameUsed;
		double matched = 0;
		double matchedWeight = 0;
		double probeMatchedWeight = 0;
		while (true) {
			int bi = -1;
			int bj = -1;
			double bs = 0;
			for (int i = 0; i < m; i++) {
				if (probeTo[i] >= 0) {
					continue;
				}
				for (int j = 0; j < n; j++) {
					if (!nameUsed[j] && sim[i * n + j] > bs) {
						bs = sim[i * n + j];
						bi = i;
						bj = j;
					}
				}
			}
			if (bi < 0) {
				break;
			}
			nameUsed[bj] = true;
			probeTo[bi] = bj;
			double w = nameWeight[bj];
			matched += bs * w;
			matchedWeight += w;
			probeMatchedWeight += query.weights()[bi];
			if (reasons != null) {
				String p = tokens.get(bi);
				String c = vocabulary.token(name[bj]);
				if (bs == 1.0) {
					reasons.add("NAME_PART_EQUAL(" + c + ")");
				}
				else if (bs == INITIAL) {
					reasons.add("NAME_PART_INITIAL(" + p + "→" + c + ")");
				}
				else {
					reasons.add(
							"NAME_PART_" + query.alternatives().get(bi).get(name[bj]).kind() + "(" + p + "→" + c + ")");
				}
			}
		}
		double probeLeft = 0;
		for (int i = 0; i < m; i++) {
			if (probeTo[i] < 0) {
				probeLeft += query.weights()[i];
				add(reasons, "NAME_PART_NOT_IN_ENTRY(" + tokens.get(i) + ")");
			}
		}
		double nameLeft = 0;
		for (int j = 0; j < n; j++) {
			if (!nameUsed[j]) {
				nameLeft += nameWeight[j];
				add(reasons, "NAME_PART_NOT_IN_PROBE(" + vocabulary.token(name[j]) + ")");
			}
		}
		if (matchedWeight == 0) {
			return 0;
		}
		double penalty = probeLeft > 0 && nameLeft > 0 ? probeLeft + nameLeft : OMISSION * (probeLeft + nameLeft);
		// Two Vietnamese names written family name first: the given names (last) must be
		// the ones that agree. Ngô Ngọc Sương is not Ngô Ngọc Hoàng Hương, Tạ Thị Thùy
		// Đào is
		// not Tạ Thị Thủy, whatever else they share.
		if (m >= 2 && n >= 2 && query.familyFirst() && familyFirst) {
			if (probeTo[m - 1] != n - 1) {
				penalty += query.weights()[m - 1] + nameWeight[n - 1];
				add(reasons, "GIVEN_NAME_DIFFERS");
			}
			// And on the family name: Vũ Minh Kim Tuấn is not Phạm Minh Kim Tuấn, however
			// common both family names are.
			if (probeTo[0] != 0) {
				penalty += 1;
				add(reasons, "FAMILY_NAME_DIFFERS");
			}
		}
		double score = matched / (matchedWeight + penalty);
		double coverage = Math.min(matchedWeight / (matchedWeight + nameLeft),
				probeMatchedWeight / (probeMatchedWeight + probeLeft));
		if (coverage < COVERAGE) {
			score *= coverage / COVERAGE;
		}
		return score;
	}

	/**
	 * Per-thread work arrays of the scoring, so that scoring a candidate allocates
	 * nothing.
	 */
	private static final class Scratch {

		double[] sim = new double[64];

		double[] nameWeight = new double[8];

		int[] probeTo = new int[8];

		boolean[] nameUsed = new boolean[8];

		Scratch size(int m, int n) {
			if (sim.length < m * n) {
				sim = new double[m * n];
			}
			if (nameWeight.length < n) {
				nameWeight = new double[n];
				nameUsed = new boolean[n];
			}
			if (probeTo.length < m) {
				probeTo = new int[m];
			}
			Arrays.fill(probeTo, 0, m, -1);
			Arrays.fill(nameUsed, 0, n, false);
			return this;
		}

	}

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	private static void add(List<String> reasons, String reason) {
		if (reasons != null) {
			reasons.add(reason);
		}
	}

	@Override
	public long estimatedBytes() {
		lock.readLock().lock();
		try {
			// Object header 16, reference 4 (compressed), HashMap node 32 + table slot 4.
			long bytes = 16L + entries.length * 4L;
			for (Map.Entry<String, Integer> e : slots.entrySet()) {
				bytes += 36 + string(e.getKey()) + 16;
			}
			for (Entry e : entries) {
				if (e == null) {
					continue;
				}
				bytes += 32 + 16 + e.names().length * 4L + 16L * 2;
				for (int[] name : e.names()) {
					bytes += 16 + name.length * 4L;
				}
				for (String d : e.documents()) {
					bytes += 16 + string(d);
				}
				bytes += e.nationalities().size() * 16L;
			}
			for (Map<Long, IntList> map : List.of(pairs, triples, nameSets)) {
				for (IntList list : map.values()) {
					bytes += 36 + 16 + 24 + list.capacityBytes();
				}
			}
			for (IntList list : singles) {
				if (list != null) {
					bytes += 4 + 24 + list.capacityBytes();
				}
			}
			for (Map.Entry<String, IntList> e : documents.entrySet()) {
				bytes += 36 + string(e.getKey()) + 24 + e.getValue().capacityBytes();
			}
			return bytes + vocabulary.estimatedBytes() + freeSlots.capacityBytes();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	static long string(String s) {
		return 24 + 16 + s.length();
	}

	/**
	 * Marks the slots a probe has already scored, cleared in O(1) by a new generation.
	 */
	private static final class Marks {

		private int[] marks = new int[0];

		private int generation;

		void next(int capacity) {
			if (marks.length < capacity) {
				marks = new int[capacity];
				generation = 0;
			}
			generation++;
			if (generation == Integer.MAX_VALUE) {
				Arrays.fill(marks, 0);
				generation = 1;
			}
		}

		boolean mark(int slot) {
			if (marks[slot] == generation) {
				return false;
			}
			marks[slot] = generation;
			return true;
		}

	}

}
