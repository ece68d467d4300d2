package dev.liveops.command;

import dev.liveops.quantconnect.AlgorithmApi;
import dev.liveops.quantconnect.model.Insight;
import dev.liveops.quantconnect.model.InsightPage;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.TimeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code /live insights}: the last n insights of a deployment (live/insights/read), newest last, as a table. */
final class InsightsView {
    /** Enough pages to find the end when QuantConnect's {@code length} only counts the page it sent. */
    private static final int MAX_PAGES = 50;

    private final AlgorithmApi algorithms;

    InsightsView(AlgorithmApi algorithms) {
        this.algorithms = algorithms;
    }

    Reply insights(Project project, int count) {
        List<Insight> last = last(project.projectId(), count);
        if (last.isEmpty()) {
            return Reply.builder(Severity.INFO, project.name() + ": insights")
                    .text("No insights yet: the algorithm has emitted none, or does not emit insights.").build();
        }
        return Reply.builder(Severity.INFO, project.name() + ": last " + Count.of(last.size(), "insight"))
                .table(new Reply.Table(List.of("Generated", "Symbol", "Direction", "Period", "Magnitude",
                        "Confidence", "Model"), last.stream().map(InsightsView::row).toList(), ""))
                .footer("QuantConnect refreshes insights about every 10 minutes.")
                .build();
    }

    /**
     * The last {@code count}: by the total {@code length} when QuantConnect gives one beyond the first page, else by
     * walking full pages to the end.
     */
    private List<Insight> last(long projectId, int count) {
        int window = AlgorithmApi.MAX_INSIGHTS;
        InsightPage first = algorithms.insights(projectId, 0, window);
        List<Insight> seen = new ArrayList<>(first.insights());
        if (first.length() > seen.size()) {
            int end = first.length();
            seen = new ArrayList<>(algorithms.insights(projectId, Math.max(0, end - count), end).insights());
        } else {
            InsightPage page = first;
            for (int pages = 1; page.insights().size() == window && pages < MAX_PAGES; pages++) {
                page = algorithms.insights(projectId, pages * window, (pages + 1) * window);
                seen.addAll(page.insights());
            }
        }
        return seen.subList(Math.max(0, seen.size() - count), seen.size());
    }

    private static List<String> row(Insight insight) {
        return List.of(TimeText.utc(insight.generatedTime()), orDash(insight.ticker() != null ? insight.ticker()
                        : insight.symbol()), orDash(insight.direction()),
                insight.period() == null ? "-" : TimeText.duration(Duration.ofSeconds(insight.period())),
                percent(insight.magnitude()), percent(insight.confidence()), orDash(insight.sourceModel()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "-" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
