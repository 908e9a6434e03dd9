package org.puente.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Entry point of name matching: the default threshold and a new index.
 * <p>
 * First version: a scan with Jaro-Winkler over sorted folded tokens. To be replaced by a
 * keyed index (candidate retrieval, then scoring) behind the same {@link NameIndex}.
 */
public final class NameMatching {

	/** Score at or above which a check reports a HIT. */
	public static final double DEFAULT_THRESHOLD = 0.9;

	private NameMatching() {
	}

	public static NameIndex newIndex() {
		return new ScanIndex();
	}

	private static final class ScanIndex implements NameIndex {

		private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

		private final Map<String, Candidate> entries = new ConcurrentHashMap<>();

		@Override
		public void put(Candidate candidate) {
			entries.put(candidate.id(), candidate);
		}

		@Override
		public void remove(String id) {
			entries.remove(id);
		}

		@Override
		public int size() {
			return entries.size();
		}

		@Override
		public List<Match> find(Probe probe, double threshold, int limit) {
			String key = sorted(probe.fullName());
			List<Match> out = new ArrayList<>();
			for (Candidate c : entries.values()) {
				double best = JW.apply(key, sorted(c.fullName()));
				for (String alias : c.aliases()) {
					best = Math.max(best, JW.apply(key, sorted(alias)));
				}
				if (best >= threshold) {
					out.add(new Match(c.id(), best, List.of("name similarity " + Math.round(best * 100) + "%")));
				}
			}
			out.sort(Comparator.comparingDouble(Match::score).reversed());
			return out.size() > limit ? out.subList(0, limit) : out;
		}

		@Override
		public long estimatedBytes() {
			return entries.size() * 400L;
		}

		private static String sorted(String name) {
			String[] tokens = NameFolding.fold(name).split(" ");
			Arrays.sort(tokens);
			return String.join(" ", tokens);
		}

	}

}
