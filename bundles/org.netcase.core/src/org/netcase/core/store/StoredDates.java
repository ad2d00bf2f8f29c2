package org.netcase.core.store;

import java.util.Date;

/**
 * Parses the form EMF writes dates in ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}, e.g.
 * {@code 2024-11-17T19:24:00.000+0000}) digit by digit: EMF's own conversion tries its formats one
 * after another through {@code SimpleDateFormat}, a sixth of the time of opening a large network.
 */
final class StoredDates {

	private static final int LENGTH = "2024-11-17T19:24:00.000+0000".length(); //$NON-NLS-1$
	private static final long MILLIS_PER_DAY = 86_400_000L;

	private StoredDates() {
	}

	/**
	 * @param text holds the date's UTF-8 bytes between start and end
	 * @return the date, or null when the text has another form (the caller falls back to EMF)
	 */
	static Date parse(byte[] text, int start, int end) {
		if (end - start != LENGTH || text[start + 4] != '-' || text[start + 7] != '-' || text[start + 10] != 'T'
				|| text[start + 13] != ':' || text[start + 16] != ':' || text[start + 19] != '.') {
			return null;
		}
		byte sign = text[start + 23];
		int year = digits(text, start, 4);
		int month = digits(text, start + 5, 2);
		int day = digits(text, start + 8, 2);
		int hour = digits(text, start + 11, 2);
		int minute = digits(text, start + 14, 2);
		int second = digits(text, start + 17, 2);
		int millis = digits(text, start + 20, 3);
		int offsetHours = digits(text, start + 24, 2);
		int offsetMinutes = digits(text, start + 26, 2);
		if ((sign != '+' && sign != '-') || (year | month | day | hour | minute | second | millis | offsetHours
				| offsetMinutes) < 0 || month < 1 || month > 12 || day < 1 || day > lengthOf(year, month) || hour > 23
				|| minute > 59 || second > 59) {
			return null;
		}
		long epochDay = epochDay(year, month, day);
		long offsetMillis = (offsetHours * 60L + offsetMinutes) * 60_000L * (sign == '+' ? 1 : -1);
		return new Date(epochDay * MILLIS_PER_DAY + ((hour * 60L + minute) * 60 + second) * 1000 + millis
				- offsetMillis);
	}

	private static int lengthOf(int year, int month) {
		if (month == 2) {
			return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
		}
		return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
	}

	/** Days since 1970-01-01 in the proleptic Gregorian calendar, counting years from March (no leap day inside). */
	private static long epochDay(int year, int month, int day) {
		int marchYear = month <= 2 ? year - 1 : year;
		int era = Math.floorDiv(marchYear, 400);
		int yearOfEra = marchYear - era * 400;
		int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
		int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097L + dayOfEra - 719_468;
	}

	/** @return the number, or -1 when a character is no digit */
	private static int digits(byte[] text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			int digit = text[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}
}
