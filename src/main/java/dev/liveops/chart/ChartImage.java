package dev.liveops.chart;

import java.util.Arrays;
import java.util.List;

/**
 * A rendered chart: the PNG, its size, the points actually drawn (after thinning) and the summary in its title.
 */
public record ChartImage(byte[] png, int width, int height, List<EquityPoint> plotted, EquitySummary summary) {
    public ChartImage {
        png = png.clone();
        plotted = List.copyOf(plotted);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartImage that && Arrays.equals(png, that.png) && width == that.width
                && height == that.height && plotted.equals(that.plotted) && summary.equals(that.summary);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "ChartImage[" + width + "x" + height + ", " + png.length + " bytes, " + plotted.size() + " points]";
    }
}
