package dev.liveops.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EquityChartTest {
    private static final Instant START = Instant.parse("2026-11-13T14:30:00Z");

    @Test
    void thePngDecodesAtTheChatSizeAndIsNotBlank() throws IOException {
        List<EquityPoint> week = EquityCurves.wavy(START, Duration.ofMinutes(10), 7 * 144);

        ChartImage chart = new EquityChart().render("Live/Momentum, last 7 days", week);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(luminanceVariance(image)).as("a picture, not a blank canvas").isGreaterThan(100);
        assertThat(chart.png().length).as("small enough for any chat").isLessThan(200_000);
    }

    @Test
    void thePlottedPointsCoverTheWholePeriodWithinTheLimit() {
        List<EquityPoint> week = EquityCurves.wavy(START, Duration.ofMinutes(5), 2_016);

        ChartImage chart = new EquityChart().render("Live/Momentum, last 7 days", week);

        assertThat(chart.plotted()).hasSizeLessThanOrEqualTo(EquityChart.DEFAULT_MAX_POINTS);
        assertThat(chart.plotted().get(0)).isEqualTo(week.get(0));
        assertThat(chart.plotted().get(chart.plotted().size() - 1)).isEqualTo(week.get(week.size() - 1));
    }

    @Test
    void thinningKeepsTheTroughAndThePeak() {
        List<EquityPoint> week = EquityCurves.wavy(START, Duration.ofMinutes(1), 10_000);
        EquityPoint lowest = week.stream().min((a, b) -> Double.compare(a.equity(), b.equity())).orElseThrow();
        EquityPoint highest = week.stream().max((a, b) -> Double.compare(a.equity(), b.equity())).orElseThrow();

        List<EquityPoint> kept = Downsampler.keepExtremes(week, 500);

        assertThat(kept).hasSizeLessThanOrEqualTo(500).contains(lowest, highest);
        assertThat(kept).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
    }

    @Test
    void theSummaryHasTheChangeAndTheDeepestFallFromAPeak() {
        List<EquityPoint> points = List.of(point(0, 100_000), point(1, 110_000), point(2, 99_000),
                point(3, 104_500));

        EquitySummary summary = EquitySummary.of(points);

        assertThat(summary.change()).isEqualTo(4_500);
        assertThat(summary.changePercent()).isCloseTo(4.5, within(1e-9));
        assertThat(summary.maxDrawdownPercent()).isCloseTo(-10.0, within(1e-9));
        assertThat(EquityChart.title("Live/Momentum, 1d", summary))
                .isEqualTo("Live/Momentum, 1d: +4.50% · max drawdown -10.00%");
    }

    @Test
    void pointsInAnyOrderAreDrawnInTimeOrder() {
        List<EquityPoint> shuffled = new ArrayList<>(List.of(point(2, 103), point(0, 100), point(1, 101)));

        ChartImage chart = new EquityChart().render("x", shuffled);

        assertThat(chart.plotted()).extracting(EquityPoint::equity).containsExactly(100.0, 101.0, 103.0);
        assertThat(chart.summary().change()).isEqualTo(3.0);
    }

    @Test
    void oneMissingPointIsRefusedRatherThanDrawnAsNothing() {
        assertThatThrownBy(() -> new EquityChart().render("x", List.of(point(0, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EquityPoint point(int hour, double equity) {
        return new EquityPoint(START.plus(Duration.ofHours(hour)), equity);
    }

    /** Variance of the pixels' brightness: 0 for one flat colour. */
    static double luminanceVariance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += luminance;
                squares += luminance * luminance;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }
}
