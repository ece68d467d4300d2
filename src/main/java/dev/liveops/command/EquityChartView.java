package dev.liveops.command;

import dev.liveops.chart.ChartImage;
import dev.liveops.chart.ChartUnavailableException;
import dev.liveops.chart.EquityChart;
import dev.liveops.chart.EquityPoint;
import dev.liveops.chart.EquitySummary;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.model.ChartPoint;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Attachment;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * /live chart: a deployment's equity over a period from QuantConnect's Strategy Equity chart, drawn as a picture with
 * a one-line summary. The summary is the reply's text, so a platform that cannot show the picture still says what it
 * shows; on a machine that cannot draw, the reply is the summary and the reason.
 */
final class EquityChartView {
    private final LiveApi live;
    private final EquityChart renderer;
    private final Clock clock;

    EquityChartView(LiveApi live, EquityChart renderer, Clock clock) {
        this.live = live;
        this.renderer = renderer;
        this.clock = clock;
    }

    Reply chart(Project project, ChartPeriod period) {
        String title = project.name() + ": equity, " + period.description();
        LiveAlgorithm algorithm = live.read(project.projectId());
        if (!algorithm.wasEverDeployed()) {
            return Reply.builder(Severity.INFO, title).text("It has never been deployed live, so it has no equity "
                    + "to chart.").build();
        }
        Instant now = clock.instant();
        Instant launched = algorithm.launched() == null ? Instant.EPOCH : algorithm.launched();
        Instant start = period.length().map(now::minus).filter(from -> from.isAfter(launched)).orElse(launched);
        List<EquityPoint> points = live.equity(project.projectId(), start, now).stream()
                .map(EquityChartView::point).toList();
        if (points.size() < 2) {
            return Reply.builder(Severity.INFO, title).text("QuantConnect has no equity to chart for the "
                    + period.description() + ".").footer("Project " + project.projectId()).build();
        }
        String subject = project.name() + ", " + period.description();
        EquitySummary summary = EquitySummary.of(points);
        String line = summaryLine(subject, summary);
        Reply.Builder reply = Reply.builder(Severity.INFO, title).footer("Project " + project.projectId()
                + " · QuantConnect's Strategy Equity chart, " + Count.of(points.size(), "point"));
        try {
            ChartImage image = renderer.render(subject, points);
            String fileName = "equity-" + project.projectId() + "-" + period.word() + ".png";
            return reply.text(line).attachment(new Attachment(fileName, image.png(), "Equity of " + line)).build();
        } catch (ChartUnavailableException cannotDraw) {
            return reply.text(line + "\n" + cannotDraw.getMessage()).build();
        }
    }

    /** "Live/Momentum, last 7 days: 250,000.00 to 251,234.56 (+1,234.56, +0.49%), max drawdown -0.84%." */
    static String summaryLine(String subject, EquitySummary summary) {
        BigDecimal change = BigDecimal.valueOf(summary.change());
        return subject + ": " + Money.format(BigDecimal.valueOf(summary.first().equity())) + " to "
                + Money.format(BigDecimal.valueOf(summary.last().equity())) + " ("
                + (change.signum() >= 0 ? "+" : "") + Money.format(change) + ", "
                + String.format(Locale.ROOT, "%+.2f%%", summary.changePercent()) + "), max drawdown "
                + String.format(Locale.ROOT, "%.2f%%", summary.maxDrawdownPercent()) + ".";
    }

    private static EquityPoint point(ChartPoint point) {
        return new EquityPoint(point.time(), point.value().doubleValue());
    }
}
