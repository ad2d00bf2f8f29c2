package org.netcase.core.tests;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The clock every test builds the sample with: Wednesday 12 March 2025, noon, in Stockholm. */
public final class FixedClock {

	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	/** Noon on the Wednesday of the sample's second week. */
	public static final Clock WEDNESDAY_NOON = at(2025, 3, 12, 12);

	private FixedClock() {
	}

	public static Clock at(int year, int month, int day, int hour) {
		return Clock.fixed(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant(), ZONE);
	}
}
