package org.netcase.ui.internal.properties;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.osgi.util.NLS;

/** Dates as the user types and reads them: "2026-11-16" or "2026-11-16 14:30", in local time. */
final class DateText {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private DateText() {
	}

	static String format(Date date) {
		LocalDateTime local = LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(local) : DATE_TIME.format(local);
	}

	/** The typed date, or null for empty text; throws DateTimeParseException for anything else. */
	static Date parse(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		LocalDateTime local = trimmed.length() <= 10
				? LocalDate.parse(trimmed, DATE).atStartOfDay()
				: LocalDateTime.parse(trimmed, DATE_TIME);
		return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
	}

	static String validate(String text) {
		try {
			parse(text);
			return null;
		} catch (DateTimeParseException e) {
			return NLS.bind(Messages.invalidDate, text);
		}
	}
}
