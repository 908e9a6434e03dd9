package org.puente.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct name parts of an index, numbered, with their weights and a deletion
 * neighbourhood (every part with one letter dropped) that finds one-typo neighbours
 * without comparing a probe part to the whole vocabulary. Not thread-safe: the index
 * guards it.
 */
final class Vocabulary {

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> tokens = new ArrayList<>();

	private double[] weights = new double[256];

	private final Map<String, IntList> deletions = new HashMap<>();

	int add(String token) {
		Integer id = ids.get(token);
		if (id != null) {
			return id;
		}
		int next = tokens.size();
		ids.put(token, next);
		tokens.add(token);
		if (next == weights.length) {
			weights = java.util.Arrays.copyOf(weights, next * 2);
		}
		weights[next] = NameRules.weight(token);
		if (token.length() >= 4) {
			for (int i = 0; i < token.length(); i++) {
				deletions.computeIfAbsent(deleteAt(token, i), k -> new IntList()).add(next);
			}
		}
		return next;
	}

	/** The token's id, or -1. */
	int id(String token) {
		Integer id = ids.get(token);
		return id == null ? -1 : id;
	}

	String token(int id) {
		return tokens.get(id);
	}

	char first(int id) {
		return tokens.get(id).charAt(0);
	}

	int length(int id) {
		return tokens.get(id).length();
	}

	double weight(int id) {
		return weights[id];
	}

	/**
	 * Parts of the vocabulary one typo away from {@code token}
	 * ({@link NameRules#oneTypoApart}).
	 */
	Set<Integer> typoNeighbours(String token) {
		Set<Integer> found = new LinkedHashSet<>();
		collect(found, deletions.get(token), token);
		for (int i = 0; i < token.length(); i++) {
			String deleted = deleteAt(token, i);
			Integer exact = ids.get(deleted);
			if (exact != null && NameRules.oneTypoApart(token, deleted)) {
				found.add(exact);
			}
			collect(found, deletions.get(deleted), token);
		}
		return found;
	}

	private void collect(Set<Integer> found, IntList list, String token) {
		if (list == null) {
			return;
		}
		for (int k = 0; k < list.size(); k++) {
			int id = list.get(k);
			if (NameRules.oneTypoApart(token, tokens.get(id))) {
				found.add(id);
			}
		}
	}

	private static String deleteAt(String token, int i) {
		return token.substring(0, i) + token.substring(i + 1);
	}

	long estimatedBytes() {
		long bytes = 0;
		for (String t : tokens) {
			bytes += 36 + KeyedNameIndex.string(t) + 16 + 4 + 8;
		}
		for (Map.Entry<String, IntList> e : deletions.entrySet()) {
			bytes += 36 + KeyedNameIndex.string(e.getKey()) + 24 + e.getValue().capacityBytes();
		}
		return bytes;
	}

}
