package dev.liveops.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a digest is due: every day, or every week on one day, at a local time in a time zone. Each scheduled time
 * stands for the period that ends at it (the day or week before), so a period is named by its scheduled time.
 *
 * @param weekday the day of a weekly digest; empty for a daily one
 */
public record DigestSchedule(Optional<DayOfWeek> weekday, LocalTime at, ZoneId zone) {
    public DigestSchedule {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        // "UTC", not "Z": the id is shown and stored.
        zone = zone.normalized().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
        at = at.withSecond(0).withNano(0);
    }

    public static DigestSchedule daily(LocalTime at, ZoneId zone) {
        return new DigestSchedule(Optional.empty(), at, zone);
    }

    public static DigestSchedule weekly(DayOfWeek day, LocalTime at, ZoneId zone) {
        return new DigestSchedule(Optional.of(day), at, zone);
    }

    public boolean isWeekly() {
        return weekday.isPresent();
    }

    /** The latest scheduled time at or before {@code now}. */
    public Instant latestAtOrBefore(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.with(at);
        if (weekday.isPresent()) {
            candidate = candidate.with(TemporalAdjusters.previousOrSame(weekday.get()));
            if (candidate.isAfter(local)) {
                candidate = candidate.minusWeeks(1);
            }
        } else if (candidate.isAfter(local)) {
            candidate = candidate.minusDays(1);
        }
        // A local time skipped by a clock change moves forward with it (ZonedDateTime's rule), never twice a day.
        return candidate.with(at).toInstant();
    }

    /** The first scheduled time after {@code now}. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime last = latestAtOrBefore(now).atZone(zone);
        return (weekday.isPresent() ? last.plusWeeks(1) : last.plusDays(1)).with(at).toInstant();
    }

    /** The scheduled time before this one: where the period that ends at {@code occurrence} starts. */
    public Instant previous(Instant occurrence) {
        ZonedDateTime local = occurrence.atZone(zone);
        return (weekday.isPresent() ? local.minusWeeks(1) : local.minusDays(1)).with(at).toInstant();
    }

    /** "daily at 17:00 Europe/London", "weekly on Friday at 17:00 UTC". */
    public String describe() {
        return (weekday.map(day -> "weekly on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("daily"))
                + " at " + at + " " + zone.getId();
    }

    /** The words that set this schedule again: {@code daily 17:00 Europe/London}. */
    public String command() {
        return (weekday.map(day -> "weekly " + day.name().toLowerCase(Locale.ROOT)).orElse("daily")) + " " + at
                + " " + zone.getId();
    }
}
