package org.netcase.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The objects read so far, by id. Netcase's ids are UUIDs in their canonical lowercase form; those
 * are kept as two numbers in an open-addressing table, and found from the bytes of a stored row
 * without making a string. Opening a large network looks up a million references, and a string-keyed
 * map took a fifth of the time there, most of it waiting for memory. Other ids go to a plain map.
 */
final class IdIndex {

	private static final int UUID_LENGTH = 36;
	/** Each byte's value as a lowercase hex digit, or -1. */
	private static final byte[] HEX = new byte[256];

	static {
		Arrays.fill(HEX, (byte) -1);
		for (int digit = 0; digit < 16; digit++) {
			HEX[Character.forDigit(digit, 16)] = (byte) digit;
		}
	}

	private long[] keys;
	private EObject[] objects;
	private int mask;
	private int size;
	private final Map<String, EObject> others = new HashMap<>();

	IdIndex(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected + expected / 2)) * 2;
		keys = new long[capacity * 2];
		objects = new EObject[capacity];
		mask = capacity - 1;
	}

	/** @param row holds the id's UTF-8 bytes up to {@code end}, which the caller has at hand */
	void put(byte[] row, int end, EObject object) {
		if (isUuid(row, 0, end)) {
			if (size * 3 >= objects.length * 2) {
				grow();
			}
			insert(high(row, 0), low(row, 0), object);
		} else {
			others.put(new String(row, 0, end, StandardCharsets.UTF_8), object);
		}
	}

	/** The object with the UUID whose halves are given ({@link #high}, {@link #low}), or null. */
	EObject get(long high, long low) {
		return find(high, low);
	}

	/** @return the object whose id is the text between start and end, or null */
	EObject get(byte[] text, int start, int end) {
		return isUuid(text, start, end) ? find(high(text, start), low(text, start))
				: others.get(new String(text, start, end - start, StandardCharsets.UTF_8));
	}

	/** The object with an id that is no canonical UUID ({@link #isUuid}), or null. */
	EObject getOther(String id) {
		return others.get(id);
	}

	/** Canonical form only (8-4-4-4-12 lowercase hex digits), so that two different ids never share a key. */
	static boolean isUuid(byte[] text, int start, int end) {
		if (end - start != UUID_LENGTH || text[start + 8] != '-' || text[start + 13] != '-'
				|| text[start + 18] != '-' || text[start + 23] != '-') {
			return false;
		}
		return digitsOnly(text, start);
	}

	/** The first 16 hex digits (8-4-4) of the UUID at start. */
	static long high(byte[] text, int start) {
		return digits(text, start, 8) << 32 | digits(text, start + 9, 4) << 16 | digits(text, start + 14, 4);
	}

	/** The last 16 hex digits (4-12) of the UUID at start. */
	static long low(byte[] text, int start) {
		return digits(text, start + 19, 4) << 48 | digits(text, start + 24, 12);
	}

	private EObject find(long high, long low) {
		for (int slot = slot(high, low);; slot = slot + 1 & mask) {
			EObject object = objects[slot];
			if (object == null || keys[2 * slot] == high && keys[2 * slot + 1] == low) {
				return object;
			}
		}
	}

	private void insert(long high, long low, EObject object) {
		int slot = slot(high, low);
		while (objects[slot] != null && (keys[2 * slot] != high || keys[2 * slot + 1] != low)) {
			slot = slot + 1 & mask;
		}
		if (objects[slot] == null) {
			size++;
		}
		keys[2 * slot] = high;
		keys[2 * slot + 1] = low;
		objects[slot] = object;
	}

	private void grow() {
		long[] oldKeys = keys;
		EObject[] oldObjects = objects;
		keys = new long[oldKeys.length * 2];
		objects = new EObject[oldObjects.length * 2];
		mask = objects.length - 1;
		size = 0;
		for (int slot = 0; slot < oldObjects.length; slot++) {
			if (oldObjects[slot] != null) {
				insert(oldKeys[2 * slot], oldKeys[2 * slot + 1], oldObjects[slot]);
			}
		}
	}

	private int slot(long high, long low) {
		long mixed = (high ^ low * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
		return (int) (mixed >>> 32) & mask;
	}

	private static boolean digitsOnly(byte[] text, int start) {
		for (int i = 0; i < UUID_LENGTH; i++) {
			if (i != 8 && i != 13 && i != 18 && i != 23 && HEX[text[start + i] & 0xff] < 0) {
				return false;
			}
		}
		return true;
	}

	private static long digits(byte[] text, int start, int count) {
		long value = 0;
		for (int i = start; i < start + count; i++) {
			value = value << 4 | HEX[text[i] & 0xff];
		}
		return value;
	}
}
