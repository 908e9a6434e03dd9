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

	/** Approximate heap used by the index, in bytes. */
	long estimatedBytes();

}
