package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of a live deployment. {@code filled} is the quantity filled so far (signed like {@code quantity}) and
 * {@code fillPrice} their average price, from the order's fill events; null when nothing filled.
 */
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
        String tag,
        BigDecimal filled,
        BigDecimal fillPrice) {
}
