package org.puente.names;

import java.util.List;

/**
 * Finds the candidates that match a probe without comparing it to every entry: candidate
 * retrieval by keys, then scoring. Safe for concurrent reads and writes.
 */
public interface NameIndex {

	/** Adds or replaces (same id) a candidate. */
	void put(Candidate candidate);

	void remove(String id);

	int size();

	/** Matches scoring at least {@code threshold}, best first, at most {@code limit}. */
	List<Match> find(Probe probe, double threshold, int limit);

	/**
	 * How the probe scores against one entry, whatever the threshold: the match
	 * {@link #find} would give it, or empty when the entry is unknown, ruled out (birth
	 * date) or not a candidate for this probe at all.
	 */
	java.util.Optional<Match> explain(Probe probe, String id);

	/** Approximate heap used by the index, in bytes. */
	long estimatedBytes();

}
