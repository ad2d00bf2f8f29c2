package org.netcase.model.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

/** Dates written as ISO instants in UTC, and the fixed "now" the tests run at. */
final class Dates {

    static final Instant NOW = Instant.parse("2026-11-16T12:00:00Z");

    private Dates() {
    }

    static Date at(String isoInstant) {
        return Date.from(Instant.parse(isoInstant));
    }

    static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
