package dev.liveops.equity;

import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One deployment's equity and status at one poll; {@code equity} is null when QuantConnect reported none. */
public record EquitySnapshot(long projectId, String deployId, Instant at, LiveStatus status, BigDecimal equity) {
    public EquitySnapshot {
        Objects.requireNonNull(deployId, "deployId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }
}
