package org.netcase.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of one object's features: a flat JSON object whose values are strings, nulls or
 * arrays of them. JSON keeps the rows readable with the sqlite3 tool and maps to PostgreSQL's jsonb
 * later; the shape is so small that a library would cost more than these lines.
 */
final class JsonRow {

	private JsonRow() {
	}

	/** @param values feature name to a String, null or a List of Strings and nulls */
	static String write(Map<String, Object> values) {
		StringBuilder json = new StringBuilder(64 + values.size() * 24);
		json.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			if (!first) {
				json.append(',');
			}
			first = false;
			writeString(json, entry.getKey());
			json.append(':');
			if (entry.getValue() instanceof List<?> list) {
				json.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						json.append(',');
					}
					writeString(json, (String) list.get(i));
				}
				json.append(']');
			} else {
				writeString(json, (String) entry.getValue());
			}
		}
		return json.append('}').toString();
	}

	static Map<String, Object> read(String json) {
		return new Reader(json).readObject();
	}

	private static void writeString(StringBuilder json, String value) {
		if (value == null) {
			json.append("null"); //$NON-NLS-1$
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\""); //$NON-NLS-1$
			case '\\' -> json.append("\\\\"); //$NON-NLS-1$
			case '\n' -> json.append("\\n"); //$NON-NLS-1$
			case '\r' -> json.append("\\r"); //$NON-NLS-1$
			case '\t' -> json.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					json.append(c);
				}
			}
			}
		}
		json.append('"');
	}

	private static final class Reader {
		private final String json;
		private int at;

		Reader(String json) {
			this.json = json;
		}

		Map<String, Object> readObject() {
			Map<String, Object> values = new LinkedHashMap<>();
			expect('{');
			if (peek() == '}') {
				at++;
				return values;
			}
			do {
				String key = readString();
				expect(':');
				values.put(key, peek() == '[' ? readArray() : readString());
			} while (next() == ',');
			return values;
		}

		private List<String> readArray() {
			List<String> list = new ArrayList<>();
			expect('[');
			if (peek() == ']') {
				at++;
				return list;
			}
			do {
				list.add(readString());
			} while (next() == ',');
			return list;
		}

		private String readString() {
			if (json.startsWith("null", at)) { //$NON-NLS-1$
				at += 4;
				return null;
			}
			expect('"');
			int end = json.indexOf('"', at);
			if (json.indexOf('\\', at, end) < 0) {
				// Most values have nothing escaped: one substring instead of a character-by-character copy.
				String value = json.substring(at, end);
				at = end + 1;
				return value;
			}
			StringBuilder value = new StringBuilder(end - at + 16);
			for (char c = json.charAt(at++); c != '"'; c = json.charAt(at++)) {
				if (c == '\\') {
					char escaped = json.charAt(at++);
					switch (escaped) {
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u' -> {
						value.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
						at += 4;
					}
					default -> value.append(escaped);
					}
				} else {
					value.append(c);
				}
			}
			return value.toString();
		}

		private char peek() {
			return json.charAt(at);
		}

		private char next() {
			return json.charAt(at++);
		}

		private void expect(char c) {
			if (json.charAt(at++) != c) {
				throw new IllegalArgumentException("Expected '" + c + "' at " + (at - 1) + " in " + json); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
