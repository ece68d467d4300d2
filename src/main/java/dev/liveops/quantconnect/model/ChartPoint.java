package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One point of a live chart series: for the equity candles, the close of the candle at {@code time}. */
public record ChartPoint(java.time.Instant time, BigDecimal value) {
    public ChartPoint {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(value, "value");
    }
}
