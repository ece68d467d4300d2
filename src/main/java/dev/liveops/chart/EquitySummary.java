package dev.liveops.chart;

import java.util.List;

/**
 * What a period's equity curve says in numbers: first and last points, the change between them and the deepest fall
 * from a running peak.
 *
 * @param changePercent      change relative to the first equity; 0 when that was 0
 * @param maxDrawdownPercent the largest fall from a running peak, as a negative percentage (0 when it never fell)
 */
public record EquitySummary(EquityPoint first, EquityPoint last, double change, double changePercent,
                            double maxDrawdownPercent) {

    /** @throws IllegalArgumentException for no points: an empty period has nothing to summarise */
    public static EquitySummary of(List<EquityPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("An equity summary needs at least one point.");
        }
        EquityPoint first = points.get(0);
        EquityPoint last = points.get(points.size() - 1);
        double change = last.equity() - first.equity();
        double changePercent = first.equity() == 0 ? 0 : change / Math.abs(first.equity()) * 100;
        return new EquitySummary(first, last, change, changePercent, maxDrawdownPercent(points));
    }

    /** Each point's fall from the highest equity before it, in percent (0 or negative), in the points' order. */
    static double[] drawdownPercents(List<EquityPoint> points) {
        double[] drawdowns = new double[points.size()];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            double equity = points.get(i).equity();
            peak = Math.max(peak, equity);
            drawdowns[i] = peak <= 0 ? 0 : Math.min(0, (equity / peak - 1) * 100);
        }
        return drawdowns;
    }

    private static double maxDrawdownPercent(List<EquityPoint> points) {
        double deepest = 0;
        for (double drawdown : drawdownPercents(points)) {
            deepest = Math.min(deepest, drawdown);
        }
        return deepest;
    }
}
