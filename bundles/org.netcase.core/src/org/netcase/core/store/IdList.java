package org.netcase.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;

/**
 * Ids noted while reading, to be looked up once every object exists: a UUID as its two halves, any
 * other id as itself. A large network notes millions, so no string is made of a UUID.
 */
final class IdList {

	private long[] highs;
	private long[] lows;
	private String[] others;
	private int size;

	IdList(int expected) {
		int capacity = Math.max(16, expected);
		highs = new long[capacity];
		lows = new long[capacity];
		others = new String[capacity];
	}

	/** Notes the id between start and end; its number in the list is the size before. */
	void add(byte[] text, int start, int end) {
		if (size == highs.length) {
			highs = Arrays.copyOf(highs, size * 2);
			lows = Arrays.copyOf(lows, size * 2);
			others = Arrays.copyOf(others, size * 2);
		}
		if (IdIndex.isUuid(text, start, end)) {
			highs[size] = IdIndex.high(text, start);
			lows[size] = IdIndex.low(text, start);
			others[size] = null;
		} else {
			others[size] = new String(text, start, end - start, StandardCharsets.UTF_8);
		}
		size++;
	}

	int size() {
		return size;
	}

	/** @return the object with the {@code number}th id noted, or null when none has it */
	EObject find(IdIndex index, int number) {
		return others[number] != null ? index.getOther(others[number]) : index.get(highs[number], lows[number]);
	}

	void clear() {
		Arrays.fill(others, 0, size, null);
		size = 0;
	}
}
