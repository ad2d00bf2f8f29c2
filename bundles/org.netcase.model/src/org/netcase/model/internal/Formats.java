package org.netcase.model.internal;

import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Formats dates for people, in the zone of the {@link ModelClock}. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** Such as 2026-11-16. */
    public static String date(Date date) {
        return DATE.format(date.toInstant().atZone(ModelClock.get().getZone()));
    }

    /** Such as 2026-11-16 14:05. */
    public static String dateTime(Date date) {
        return DATE_TIME.format(date.toInstant().atZone(ModelClock.get().getZone()));
    }
}
