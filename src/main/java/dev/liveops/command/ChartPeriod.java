package dev.liveops.command;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The periods /live chart draws: the last day, week or month, or everything since the deployment's launch. */
public enum ChartPeriod {
    DAY("1d", Duration.ofDays(1), "last 24 hours"),
    WEEK("7d", Duration.ofDays(7), "last 7 days"),
    MONTH("30d", Duration.ofDays(30), "last 30 days"),
    ALL("all", null, "since launch");

    /** What /live chart draws when no period is named. */
    public static final ChartPeriod DEFAULT = WEEK;

    private final String word;
    private final Duration length;
    private final String description;

    ChartPeriod(String word, Duration length, String description) {
        this.word = word;
        this.length = length;
        this.description = description;
    }

    /** As typed: 1d, 7d, 30d, all. */
    public String word() {
        return word;
    }

    /** Empty for {@link #ALL}, which starts at the launch. */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    /** "last 7 days", "since launch". */
    public String description() {
        return description;
    }

    public static Optional<ChartPeriod> fromWord(String word) {
        String typed = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(period -> period.word.equals(typed)).findFirst();
    }

    /** "1d, 7d, 30d or all". */
    static String choices() {
        return "1d, 7d, 30d or all";
    }
}
