package dev.liveops.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width UTC text with milliseconds ({@code 2026-11-20T14:30:00.000Z}), so that SQL comparisons and
 * ORDER BY on the text agree with time order. {@link Instant#toString()} drops zero fractions and would not.
 */
final class StoredTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StoredTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
