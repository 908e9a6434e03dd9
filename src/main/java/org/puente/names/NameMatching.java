package org.puente.names;

/**
 * Entry point of name matching: the default threshold and a new index.
 * <p>
 * The index retrieves candidates by pairs of folded name parts (widened to
 * transliterations and one-typo neighbours) and scores only those; see
 * {@code docs/name-matching.md} for the rules and the benchmark.
 */
public final class NameMatching {

	/** Score at or above which a check reports a HIT. */
	public static final double DEFAULT_THRESHOLD = 0.8;

	private NameMatching() {
	}

	/** A new, empty, thread-safe index. */
	public static NameIndex newIndex() {
		return new KeyedNameIndex();
	}

}
