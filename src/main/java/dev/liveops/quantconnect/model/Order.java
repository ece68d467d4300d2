package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.time.Instant;

/** One order of a live deployment. */
public record Order(
        long id,
        String symbol,
        String symbolId,
        OrderType type,
        OrderStatus status,
        OrderDirection direction,
        BigDecimal quantity,
        BigDecimal price,
        Instant time,
        String tag) {
}
