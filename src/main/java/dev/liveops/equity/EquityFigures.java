package dev.liveops.equity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an equity curve did over a period: first and last value, their difference, and the largest fall from a peak.
 *
 * @param from             when the first point was taken: later than the period's start when only part is known
 * @param to               when the last point was taken
 * @param maxDrawdown      the largest fall from a peak to a later trough, zero or positive
 * @param maxDrawdownShare that fall as a share of its peak (0.05 for 5 %); empty when the peak was not positive
 */
public record EquityFigures(Instant from, Instant to, BigDecimal start, BigDecimal end, BigDecimal maxDrawdown,
                            Optional<BigDecimal> maxDrawdownShare) {

    /** The figures of a curve, oldest point first; empty when it has no point with a value. */
    public static Optional<EquityFigures> of(List<EquityHistory.Point> curve) {
        List<EquityHistory.Point> points = curve.stream().filter(p -> p.equity() != null).toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal peak = points.get(0).equity();
        BigDecimal worst = BigDecimal.ZERO;
        Optional<BigDecimal> worstShare = Optional.empty();
        for (EquityHistory.Point point : points) {
            if (point.equity().compareTo(peak) > 0) {
                peak = point.equity();
            }
            BigDecimal fall = peak.subtract(point.equity());
            if (fall.compareTo(worst) > 0) {
                worst = fall;
                worstShare = share(fall, peak);
            }
        }
        return Optional.of(new EquityFigures(points.get(0).at(), points.get(points.size() - 1).at(),
                points.get(0).equity(), points.get(points.size() - 1).equity(), worst, worstShare));
    }

    public BigDecimal change() {
        return end.subtract(start);
    }

    /** The change as a share of the start; empty when the start was not positive. */
    public Optional<BigDecimal> changeShare() {
        return share(change(), start);
    }

    private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() > 0 ? Optional.of(part.divide(whole, 8, RoundingMode.HALF_UP)) : Optional.empty();
    }
}
