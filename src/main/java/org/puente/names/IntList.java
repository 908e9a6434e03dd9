package org.puente.names;

import java.util.Arrays;

/** A growable list of ints without boxing: postings of a name index. */
final class IntList {

	private int[] values = new int[2];

	private int size;

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size < 64 ? size * 2 : size + (size >> 1));
		}
		values[size++] = value;
	}

	int get(int i) {
		return values[i];
	}

	int size() {
		return size;
	}

	boolean contains(int value) {
		for (int i = 0; i < size; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	int pop() {
		return values[--size];
	}

	/** Removes one occurrence, order not kept. */
	void removeValue(int value) {
		for (int i = 0; i < size; i++) {
			if (values[i] == value) {
				values[i] = values[--size];
				return;
			}
		}
	}

	long capacityBytes() {
		return 16L + values.length * 4L;
	}

}
