package org.netcase.core.store;

import java.util.List;
import java.util.Map;

/**
 * The stored form of one object's features ({@link RowDecoder} reads it): a flat JSON object whose
 * values are strings, nulls or arrays of them. JSON keeps the rows readable with the sqlite3 tool and maps to PostgreSQL's jsonb
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
}
