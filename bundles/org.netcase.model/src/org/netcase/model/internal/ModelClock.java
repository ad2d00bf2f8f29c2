package org.netcase.model.internal;

import java.time.Clock;
import java.util.Objects;

/**
 * The clock that derived values read "now" from, such as how many days an interaction has
 * waited for a reply. Replaceable so that tests, and demos, can fix the time.
 */
public final class ModelClock {

    private static volatile Clock clock = Clock.systemDefaultZone();

    private ModelClock() {
    }

    public static Clock get() {
        return clock;
    }

    public static void set(Clock replacement) {
        clock = Objects.requireNonNull(replacement);
    }

    public static void reset() {
        clock = Clock.systemDefaultZone();
    }
}
