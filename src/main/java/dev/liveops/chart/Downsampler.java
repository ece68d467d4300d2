package dev.liveops.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a curve to at most {@code max} points without flattening it: the points go into equal buckets, and each
 * bucket keeps its lowest and its highest point, in time order. A drawdown's trough and a peak therefore survive any
 * thinning, which averaging or taking every n-th point would not promise. The first and last points always stay, so
 * the curve still covers its whole period.
 */
final class Downsampler {
    private Downsampler() {
    }

    static List<EquityPoint> keepExtremes(List<EquityPoint> points, int max) {
        if (max < 4) {
            throw new IllegalArgumentException("keep at least 4 points, not " + max);
        }
        if (points.size() <= max) {
            return List.copyOf(points);
        }
        List<EquityPoint> inner = points.subList(1, points.size() - 1);
        int buckets = (max - 2) / 2;
        List<EquityPoint> kept = new ArrayList<>(max);
        kept.add(points.get(0));
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) ((long) bucket * inner.size() / buckets);
            int to = (int) ((long) (bucket + 1) * inner.size() / buckets);
            if (from == to) {
                continue;
            }
            int low = from;
            int high = from;
            for (int i = from + 1; i < to; i++) {
                if (inner.get(i).equity() < inner.get(low).equity()) {
                    low = i;
                }
                if (inner.get(i).equity() > inner.get(high).equity()) {
                    high = i;
                }
            }
            kept.add(inner.get(Math.min(low, high)));
            if (low != high) {
                kept.add(inner.get(Math.max(low, high)));
            }
        }
        kept.add(points.get(points.size() - 1));
        return kept;
    }
}
