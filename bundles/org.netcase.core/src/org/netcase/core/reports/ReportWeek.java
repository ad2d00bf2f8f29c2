package org.netcase.core.reports;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Objects;

/**
 * The week a report looks back on: Monday 00:00 up to the next Monday 00:00 in the user's time zone,
 * seen from its {@code cutoff}: the end of the week once it is over, or "now" while it is running.
 * Reports count only what had happened by the cutoff, so last week's report does not change when
 * replies come in today, and this week's report does not pretend that open reply windows have closed.
 *
 * @param monday the first day of the week
 * @param zone   the time zone whose midnights bound the week
 * @param cutoff the moment the report looks from, within the week
 */
public record ReportWeek(LocalDate monday, ZoneId zone, Instant cutoff) {

	public ReportWeek {
		Objects.requireNonNull(zone);
		Objects.requireNonNull(cutoff);
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("not a Monday: " + monday); //$NON-NLS-1$
		}
		if (cutoff.isBefore(startOf(monday, zone)) || cutoff.isAfter(startOf(monday.plusWeeks(1), zone))) {
			throw new IllegalArgumentException("cutoff outside the week: " + cutoff); //$NON-NLS-1$
		}
	}

	/** The week containing the day, seen from the clock's now (or its end, if it is over). */
	public static ReportWeek containing(LocalDate day, Clock clock) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		ZoneId zone = clock.getZone();
		Instant start = startOf(monday, zone);
		Instant end = startOf(monday.plusWeeks(1), zone);
		Instant now = clock.instant();
		Instant cutoff = now.isBefore(start) ? start : now.isAfter(end) ? end : now;
		return new ReportWeek(monday, zone, cutoff);
	}

	/** The week the clock is in, seen from now. */
	public static ReportWeek current(Clock clock) {
		return containing(LocalDate.now(clock), clock);
	}

	public Instant start() {
		return startOf(monday, zone);
	}

	/** The first instant after the week. */
	public Instant end() {
		return startOf(monday.plusWeeks(1), zone);
	}

	/** Whether the date lies in the week, before the cutoff; false for null, the model's "not yet". */
	public boolean contains(Date date) {
		return happenedBy(date) && !date.toInstant().isBefore(start());
	}

	/** Whether the date lies before the cutoff; false for null, the model's "not yet". */
	public boolean happenedBy(Date date) {
		return date != null && date.toInstant().isBefore(cutoff);
	}

	private static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}
}
