package dev.liveops.equity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Equity from before LiveOps watched: QuantConnect's own chart of a project's live deployment. {@link #NONE} knows
 * nothing; the chart client fills it in.
 */
public interface EquityHistory {
    EquityHistory NONE = (projectId, from, to) -> List.of();

    /** A point of the equity curve. */
    record Point(Instant at, BigDecimal equity) {
    }

    /** The project's equity from {@code from} to {@code to}, oldest first; empty when unknown. Never throws. */
    List<Point> equity(long projectId, Instant from, Instant to);
}
