package dev.liveops.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Made-up equity curves for tests and the benchmark: a drift, two waves and a dip, evenly spaced. */
public final class EquityCurves {
    private EquityCurves() {
    }

    /** {@code count} points from {@code start}, {@code step} apart, around 100,000 with a 3% dip in the middle. */
    public static List<EquityPoint> wavy(Instant start, Duration step, int count) {
        List<EquityPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double x = (double) i / count;
            double dip = -3_000 * Math.exp(-Math.pow((x - 0.55) / 0.05, 2));
            double equity = 100_000 + 2_000 * x + 600 * Math.sin(x * 40) + 250 * Math.sin(x * 310) + dip;
            points.add(new EquityPoint(start.plus(step.multipliedBy(i)), equity));
        }
        return points;
    }
}
