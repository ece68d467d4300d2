package dev.liveops.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as traders read them: "3h 12m ago (2026-11-20 09:30 UTC)". */
final class TimeText {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    static String utc(Instant instant) {
        return instant == null ? "-" : UTC.format(instant);
    }

    static String relativeAndUtc(Instant instant, Instant now) {
        return instant == null ? "-" : ago(instant, now) + " (" + utc(instant) + ")";
    }

    static String ago(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.isNegative()) {
            return "in the future";
        }
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + "m ago";
        }
        if (minutes < 48 * 60) {
            return age.toHours() + "h " + (minutes % 60) + "m ago";
        }
        return age.toDays() + "d ago";
    }
}
