package dev.liveops.text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as traders read them: "3h 12m ago (2026-11-20 09:30 UTC)". */
public final class TimeText {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    public static String utc(Instant instant) {
        return instant == null ? "-" : UTC.format(instant);
    }

    public static String relativeAndUtc(Instant instant, Instant now) {
        return instant == null ? "-" : ago(instant, now) + " (" + utc(instant) + ")";
    }

    public static String ago(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.isNegative()) {
            return "in the future";
        }
        return age.toMinutes() < 1 ? "just now" : duration(age) + " ago";
    }

    /** "45s", "12m", "3h 5m", "2d": as precise as a reader needs. */
    public static String duration(Duration length) {
        long seconds = Math.max(0, length.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + "h " + (minutes % 60) + "m";
        }
        return minutes / (24 * 60) + "d";
    }
}
