package dev.liveops.equity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The periods /live pnl reads: the last 24 hours, 7 days or 30 days up to now. */
public enum PnlPeriod {
    DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30));

    private final Duration length;

    PnlPeriod(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PnlPeriod> fromWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word().equalsIgnoreCase(word)).findFirst();
    }
}
