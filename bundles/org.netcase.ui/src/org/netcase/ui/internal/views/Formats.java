package org.netcase.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/** How table cells show values: ISO dates, human enum literals, empty text for missing values. */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private Formats() {
	}

	public static String date(Date date) {
		return date == null ? "" : DATE.format(date.toInstant().atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	public static String literal(Enumerator value) {
		return value == null ? "" : value.getLiteral(); //$NON-NLS-1$
	}

	public static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	public static String first(List<String> values) {
		return values.isEmpty() ? "" : values.get(0); //$NON-NLS-1$
	}

	/** A 1-5 rating as filled and empty stars; 0 means not rated yet and shows nothing. */
	public static String stars(int rating) {
		if (rating <= 0) {
			return ""; //$NON-NLS-1$
		}
		int filled = Math.min(rating, 5);
		return "\u2605".repeat(filled) + "\u2606".repeat(5 - filled); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
