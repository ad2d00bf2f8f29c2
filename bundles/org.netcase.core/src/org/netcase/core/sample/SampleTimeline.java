package org.netcase.core.sample;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;

/**
 * Dates of the sample, counted in whole days back from the clock's today. Whole days keep every
 * past event in the past and every open reply window open, whatever the time of day the sample is
 * created at.
 */
final class SampleTimeline {

	private final Clock clock;
	private final LocalDate today;

	SampleTimeline(Clock clock) {
		this.clock = clock;
		this.today = LocalDate.now(clock);
	}

	Date daysAgo(int days, int hour, int minute) {
		return at(today.minusDays(days), hour, minute);
	}

	Date daysAhead(int days, int hour, int minute) {
		return at(today.plusDays(days), hour, minute);
	}

	/** Whether the given number of days has fully passed since the date, by the clock. */
	boolean daysHavePassedSince(Date date, int days) {
		return !date.toInstant().plus(Duration.ofDays(days)).isAfter(clock.instant());
	}

	Date mondayOfThisWeek() {
		return at(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 0, 0);
	}

	private Date at(LocalDate day, int hour, int minute) {
		return Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant());
	}
}
