package org.puente.shared;

/** An update was based on an older version of the record than the one stored. */
public class StaleVersion extends RuntimeException {

	private final long expected;

	private final long actual;

	public StaleVersion(long expected, long actual) {
		super("version " + expected + " is stale, current is " + actual);
		this.expected = expected;
		this.actual = actual;
	}

	public long expected() {
		return expected;
	}

	public long actual() {
		return actual;
	}

	/** Fails unless {@code expected} matches the stored version. */
	public static void check(Long expected, long actual) {
		if (expected == null) {
			throw new InvalidInput("version", "required");
		}
		if (expected != actual) {
			throw new StaleVersion(expected, actual);
		}
	}

}
