package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One insight a live algorithm emitted: a prediction that {@code ticker} moves {@code direction} over
 * {@code period}. Magnitude, confidence, weight and score are optional in LEAN and null when the algorithm left
 * them out.
 *
 * @param period how long the prediction holds, in seconds
 */
public record Insight(
        String id,
        String groupId,
        String sourceModel,
        Instant generatedTime,
        Instant closeTime,
        String symbol,
        String ticker,
        String type,
        String direction,
        Long period,
        BigDecimal magnitude,
        BigDecimal confidence,
        BigDecimal weight,
        BigDecimal score,
        String tag) {
}
