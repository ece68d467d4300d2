package dev.liveops.chart;

import java.time.Instant;
import java.util.Objects;

/** Total equity at one instant, in the account currency. */
public record EquityPoint(Instant time, double equity) {
    public EquityPoint {
        Objects.requireNonNull(time, "time");
        if (!Double.isFinite(equity)) {
            throw new IllegalArgumentException("equity must be a finite number, not " + equity);
        }
    }
}
