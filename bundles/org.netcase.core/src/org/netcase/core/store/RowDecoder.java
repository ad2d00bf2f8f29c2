package org.netcase.core.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads the rows {@link JsonRow} writes straight from their UTF-8 bytes into an object's features.
 * Opening a large network decodes a million rows, so this builds no map per row, makes strings only
 * of values it keeps and parses dates and enum literals without EMF's general conversion, which tries
 * one date format after another.
 */
final class RowDecoder {

	/**
	 * Receives the stored values of one row in stored order. References come as the bytes of the
	 * targets' ids, so that they can be looked up without making strings ({@link IdIndex}).
	 */
	interface Sink {
		void attribute(EAttribute attribute, Object value);

		void attributes(EAttribute attribute, List<Object> values);

		/**
		 * @param ids    the row; the targets' ids are at {@code bounds[2 * i]} up to {@code bounds[2 * i + 1]}
		 * @param count  how many targets; a single reference has one, or none when it is null
		 */
		void references(EReference reference, byte[] ids, int[] bounds, int count);
	}

	/** Takes only the attributes of a row: for values that are read by themselves, deferred ones. */
	abstract static class AttributeSink implements Sink {
		@Override
		public void references(EReference reference, byte[] ids, int[] bounds, int count) {
			// References are never deferred.
		}
	}

	private final Map<EClass, Layout> layouts = new HashMap<>();

	void decode(EClass eClass, byte[] json, Sink sink) {
		decode(eClass, json, 0, sink);
	}

	/** Decodes the JSON object that starts at {@code start}. */
	void decode(EClass eClass, byte[] json, int start, Sink sink) {
		Layout layout = layouts.computeIfAbsent(eClass, Layout::new);
		new Cursor(json, start).readObject(layout, sink);
	}

	/** The stored features of one class, found by the bytes of their names. */
	private static final class Layout {
		private final byte[][] names;
		private final Slot[] slots;

		Layout(EClass eClass) {
			List<EStructuralFeature> features = eClass.getEAllStructuralFeatures();
			names = new byte[features.size()][];
			slots = new Slot[features.size()];
			for (int i = 0; i < features.size(); i++) {
				EStructuralFeature feature = features.get(i);
				names[i] = feature.getName().getBytes(StandardCharsets.UTF_8);
				slots[i] = Slot.of(feature, eClass);
			}
		}

		/** @return the slot for the name, or null for a name the class no longer has */
		Slot find(byte[] json, int start, int end) {
			int length = end - start;
			for (int i = 0; i < names.length; i++) {
				byte[] name = names[i];
				if (name.length == length && Arrays.equals(name, 0, length, json, start, end)) {
					return slots[i];
				}
			}
			return null;
		}
	}

	/** What to do with one feature's stored value. */
	private static final class Slot {
		private static final Slot SKIP = new Slot(null, null);

		private final EAttribute attribute;
		private final EReference reference;
		private final Class<?> type;
		/** An enum's literals met so far, as bytes, and their values; null for other types. */
		private byte[][] literalBytes;
		private Object[] literalValues;

		private Slot(EAttribute attribute, EReference reference) {
			this.attribute = attribute;
			this.reference = reference;
			this.type = attribute == null ? null : attribute.getEAttributeType().getInstanceClass();
			if (attribute != null && attribute.getEAttributeType() instanceof EEnum) {
				literalBytes = new byte[0][];
				literalValues = new Object[0];
			}
		}

		/**
		 * The id attribute is the row's id column; a single reference whose opposite is a stored list is
		 * set when that list is read, and setting it here first would put the list in reading order.
		 */
		static Slot of(EStructuralFeature feature, EClass eClass) {
			if (!ReflectiveRows.isStored(feature) || feature == eClass.getEIDAttribute()) {
				return SKIP;
			}
			if (feature instanceof EReference reference) {
				EReference opposite = reference.getEOpposite();
				boolean restoredByOpposite = !reference.isMany() && opposite != null && opposite.isMany()
						&& ReflectiveRows.isStored(opposite);
				return restoredByOpposite ? SKIP : new Slot(null, reference);
			}
			return new Slot((EAttribute) feature, null);
		}

		/**
		 * The value of an enum literal or a date read straight from the bytes of an unescaped string,
		 * without making a string of it; null when the slot takes other values, or the text is new.
		 */
		Object fromBytes(byte[] json, int start, int end) {
			if (literalValues != null) {
				for (int i = 0; i < literalValues.length; i++) {
					byte[] literal = literalBytes[i];
					if (Arrays.equals(literal, 0, literal.length, json, start, end)) {
						return literalValues[i];
					}
				}
				return null;
			}
			return type == Date.class ? StoredDates.parse(json, start, end) : null;
		}

		Object convert(String text) {
			if (text == null || type == String.class) {
				return text;
			}
			Object value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			if (literalValues != null) {
				literalBytes = Arrays.copyOf(literalBytes, literalBytes.length + 1);
				literalBytes[literalBytes.length - 1] = text.getBytes(StandardCharsets.UTF_8);
				literalValues = Arrays.copyOf(literalValues, literalValues.length + 1);
				literalValues[literalValues.length - 1] = value;
			}
			return value;
		}
	}

	private static final class Cursor {
		private final byte[] json;
		private int at;
		private int[] bounds = new int[16];

		Cursor(byte[] json, int start) {
			this.json = json;
			this.at = start;
		}

		void readObject(Layout layout, Sink sink) {
			expect('{');
			if (json[at] == '}') {
				return;
			}
			do {
				expect('"');
				int nameStart = at;
				while (json[at] != '"') {
					at++;
				}
				Slot slot = layout.find(json, nameStart, at);
				at++;
				expect(':');
				if (slot == null || slot == Slot.SKIP) {
					skipValue();
				} else if (slot.reference != null) {
					readIds(slot.reference, sink);
				} else if (json[at] == '[') {
					readList(slot, sink);
				} else {
					sink.attribute(slot.attribute, readValue(slot));
				}
			} while (json[at++] == ',');
		}

		/** One value: enum literals and dates straight from the bytes, anything else through its string. */
		private Object readValue(Slot slot) {
			if (json[at] == '"') {
				int end = at + 1;
				while (json[end] != '"' && json[end] != '\\') {
					end++;
				}
				Object value = json[end] == '"' ? slot.fromBytes(json, at + 1, end) : null;
				if (value != null) {
					at = end + 1;
					return value;
				}
			}
			return slot.convert(readString());
		}

		/** A reference's value: one id, null, or a list of ids; ids never need escaping. */
		private void readIds(EReference reference, Sink sink) {
			int count = 0;
			boolean list = json[at] == '[';
			if (list) {
				at++;
			}
			while (json[at] == '"') {
				if (2 * count + 1 >= bounds.length) {
					bounds = Arrays.copyOf(bounds, bounds.length * 2);
				}
				bounds[2 * count] = ++at;
				while (json[at] != '"') {
					at++;
				}
				bounds[2 * count + 1] = at++;
				count++;
				if (json[at] == ',' && list) {
					at++;
				}
			}
			if (list) {
				expect(']');
			} else if (count == 0) {
				at += 4; // null
			}
			sink.references(reference, json, bounds, count);
		}

		private void readList(Slot slot, Sink sink) {
			List<String> texts = new ArrayList<>();
			expect('[');
			if (json[at] == ']') {
				at++;
			} else {
				do {
					texts.add(readString());
				} while (json[at++] == ',');
			}
			List<Object> values = new ArrayList<>(texts.size());
			for (String text : texts) {
				values.add(slot.convert(text));
			}
			sink.attributes(slot.attribute, values);
		}

		private void skipValue() {
			if (json[at] == '[') {
				at++;
				while (json[at] != ']') {
					if (json[at] == '"') {
						skipString();
					} else {
						at++;
					}
				}
				at++;
			} else if (json[at] == '"') {
				skipString();
			} else {
				at += 4; // null
			}
		}

		private void skipString() {
			at++;
			while (json[at] != '"') {
				at += json[at] == '\\' ? 2 : 1;
			}
			at++;
		}

		private String readString() {
			if (json[at] == 'n') {
				at += 4;
				return null;
			}
			expect('"');
			int start = at;
			boolean ascii = true;
			boolean escaped = false;
			for (byte b = json[at]; b != '"'; b = json[at]) {
				if (b == '\\') {
					escaped = true;
					at += 2;
				} else {
					ascii &= b >= 0;
					at++;
				}
			}
			int end = at++;
			String text = new String(json, start, end - start,
					ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
			return escaped ? unescape(text) : text;
		}

		private static String unescape(String text) {
			StringBuilder value = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c != '\\') {
					value.append(c);
					continue;
				}
				char escaped = text.charAt(++i);
				switch (escaped) {
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					value.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> value.append(escaped);
				}
			}
			return value.toString();
		}

		private void expect(char c) {
			if (json[at++] != c) {
				throw new IllegalArgumentException("Expected '" + c + "' at " + (at - 1) + " in " //$NON-NLS-1$ //$NON-NLS-2$
						+ new String(json, StandardCharsets.UTF_8));
			}
		}
	}
}
