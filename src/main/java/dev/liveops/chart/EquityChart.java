package dev.liveops.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws an equity curve as a PNG, headless: the equity line over the period on top and its drawdown from the running
 * peak shaded below, with the period's change and max drawdown in the title. Sized for chat (1000x500 by default,
 * large type, so it still reads on a phone) and thinned to at most {@value #DEFAULT_MAX_POINTS} points that keep
 * every peak and trough. Thread-safe: each call draws on its own image.
 *
 * <pre>{@code
 * ChartImage chart = new EquityChart().render("Live/Momentum, last 7 days", points);
 * Files.write(path, chart.png());
 * }</pre>
 */
public final class EquityChart {
    public static final int DEFAULT_WIDTH = 1000;
    public static final int DEFAULT_HEIGHT = 500;
    public static final int DEFAULT_MAX_POINTS = 500;

    private static final Color EQUITY = new Color(0x1F, 0x6F, 0xB4);
    private static final Color DRAWDOWN = new Color(0xD6, 0x27, 0x28);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final int TITLE_MIN_SIZE = 14;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    /** The equity panel's share of the height; the drawdown panel has the rest. */
    private static final double EQUITY_SHARE = 0.70;

    private final int width;
    private final int height;
    private final int maxPoints;

    public EquityChart() {
        this(DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_MAX_POINTS);
    }

    public EquityChart(int width, int height, int maxPoints) {
        if (width < 200 || height < 150 || maxPoints < 4) {
            throw new IllegalArgumentException("A chart is at least 200x150 with 4 points, not " + width + "x"
                    + height + " with " + maxPoints);
        }
        // Before anything touches AWT: a server has no display, and must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        this.width = width;
        this.height = height;
        this.maxPoints = maxPoints;
    }

    /**
     * @param subject what the curve is of and over which period, e.g. "Live/Momentum, last 7 days"; the title adds
     *                the change and the max drawdown
     * @param points  at least two, in any order
     * @throws ChartUnavailableException when this machine cannot draw text (no fonts): its message says so in one
     *                                   sentence
     */
    public ChartImage render(String subject, List<EquityPoint> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("An equity chart needs at least two points, not " + points.size());
        }
        List<EquityPoint> sorted = points.stream().sorted(Comparator.comparing(EquityPoint::time)).toList();
        EquitySummary summary = EquitySummary.of(sorted);
        List<EquityPoint> plotted = Downsampler.keepExtremes(sorted, maxPoints);
        try {
            return new ChartImage(png(draw(title(subject, summary), plotted)), width, height, plotted, summary);
        } catch (Error | RuntimeException failure) {
            var explained = MissingFonts.explain(failure);
            if (explained.isPresent()) {
                throw explained.get();
            }
            throw failure;
        }
    }

    /** "Live/Momentum, last 7 days: +1.25% · max drawdown -0.84%". */
    static String title(String subject, EquitySummary summary) {
        return subject + ": " + String.format(Locale.ROOT, "%+.2f%%", summary.changePercent()) + " · max drawdown "
                + String.format(Locale.ROOT, "%.2f%%", summary.maxDrawdownPercent());
    }

    private BufferedImage draw(String title, List<EquityPoint> plotted) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int equityHeight = (int) Math.round(height * EQUITY_SHARE);
            List<Date> times = plotted.stream().map(point -> Date.from(point.time())).toList();
            Duration span = Duration.between(plotted.get(0).time(), plotted.get(plotted.size() - 1).time());
            Font titleFont = fitted(graphics, title);
            equityPanel(title, titleFont, times, plotted, span).paint(graphics, width, equityHeight);
            graphics.translate(0, equityHeight);
            drawdownPanel(times, plotted, span).paint(graphics, width, height - equityHeight);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** The title's font, smaller for a long title (a long project name) so that it is never cut off. */
    private Font fitted(Graphics2D graphics, String title) {
        Font font = TITLE_FONT;
        while (font.getSize() > TITLE_MIN_SIZE && graphics.getFontMetrics(font).stringWidth(title) > width - 120) {
            font = font.deriveFont((float) font.getSize() - 1);
        }
        return font;
    }

    private XYChart equityPanel(String title, Font titleFont, List<Date> times, List<EquityPoint> plotted,
                                Duration span) {
        XYChart chart = new XYChart(width, (int) Math.round(height * EQUITY_SHARE));
        chart.setTitle(title);
        style(chart.getStyler(), span);
        chart.getStyler().setChartTitleFont(titleFont);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setChartTitleVisible(true);
        // The drawdown panel below shares the time axis and labels it once.
        chart.getStyler().setXAxisTicksVisible(false);
        XYSeries equity = chart.addSeries("Equity", times, plotted.stream().map(EquityPoint::equity).toList());
        equity.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        equity.setMarker(SeriesMarkers.NONE);
        equity.setLineColor(EQUITY);
        equity.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return chart;
    }

    private XYChart drawdownPanel(List<Date> times, List<EquityPoint> plotted, Duration span) {
        XYChart chart = new XYChart(width, height - (int) Math.round(height * EQUITY_SHARE));
        style(chart.getStyler(), span);
        chart.getStyler().setChartTitleVisible(false);
        chart.getStyler().setYAxisDecimalPattern("0.0'%'");
        chart.getStyler().setYAxisMax(0.0);
        // Anti-aliasing the shaded area cost four fifths of the rendering time (about 140 ms) for edges no one sees.
        chart.getStyler().setAntiAlias(false);
        chart.getStyler().setYAxisTickMarkSpacingHint(45);
        double[] drawdowns = EquitySummary.drawdownPercents(plotted);
        XYSeries drawdown = chart.addSeries("Drawdown", times, java.util.Arrays.stream(drawdowns).boxed().toList());
        drawdown.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        drawdown.setMarker(SeriesMarkers.NONE);
        drawdown.setLineColor(DRAWDOWN);
        drawdown.setFillColor(new Color(DRAWDOWN.getRed(), DRAWDOWN.getGreen(), DRAWDOWN.getBlue(), 90));
        return chart;
    }

    private static void style(XYStyler styler, Duration span) {
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setAxisTickLabelsFont(LABEL_FONT);
        styler.setXAxisTitleVisible(false);
        styler.setYAxisTitleVisible(false);
        styler.setAntiAlias(true);
        styler.setTimezone(TimeZone.getTimeZone("UTC"));
        styler.setLocale(Locale.ROOT);
        styler.setDatePattern(span.compareTo(Duration.ofHours(36)) <= 0 ? "HH:mm" : "MMM d");
        styler.setXAxisLabelAlignment(AxesChartStyler.TextAlignment.Centre);
        // Labels far enough apart to read on a phone, and never on top of each other.
        styler.setXAxisTickMarkSpacingHint(140);
        styler.setChartPadding(12);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("This JDK has no PNG writer.");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing a PNG to memory failed", impossible);
        }
        return out.toByteArray();
    }
}
