package dev.liveops.quantconnect.model;

import java.math.BigDecimal;

/** One position of a live portfolio, keyed by QuantConnect's symbol id (e.g. {@code SPY R735QTJ8XC9X}). */
public record Holding(
        String symbolId,
        BigDecimal averagePrice,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal value,
        BigDecimal unrealized,
        BigDecimal unrealizedPercent) {

    /** The ticker part of the symbol id, which is what people read. */
    public String ticker() {
        int space = symbolId.indexOf(' ');
        return space < 0 ? symbolId : symbolId.substring(0, space);
    }
}
