package dev.liveops.quantconnect;

import java.time.Duration;

/**
 * How long a chart read waits while QuantConnect answers "loading": it asks again every {@code interval} until
 * {@code limit} has passed on the client's clock, then says the chart is not ready. LEAN's own client waits up to a
 * minute; a chat command should not, so the default is brief.
 */
public record ChartPolling(Duration interval, Duration limit) {
    public ChartPolling {
        if (interval.isNegative() || interval.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("a chart poll needs a positive interval and a limit of 0 or more");
        }
    }

    public static ChartPolling defaults() {
        return new ChartPolling(Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    /** Ask once and report "loading" at once. */
    public static ChartPolling once() {
        return new ChartPolling(Duration.ofSeconds(1), Duration.ZERO);
    }
}
