package dev.liveops.equity;

import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.text.TimeText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** /live pnl's answer: a row per deployment and the total, and an honest word on what the snapshots cover. */
public final class PnlView {
    private PnlView() {
    }

    /** @param scope what was asked for, e.g. "all projects you may see" or "Live/Momentum" */
    public static Reply render(PnlReport report, PnlPeriod period, String scope) {
        String title = "P&L of " + scope + ", last " + period.word();
        String window = "From " + TimeText.utc(report.from()) + " to " + TimeText.utc(report.to()) + ".";
        if (report.rows().isEmpty()) {
            return Reply.builder(Severity.INFO, title).text(window + " LiveOps has no equity of " + scope
                    + " in that period: it keeps each watched deployment's equity as it polls, from its first poll "
                    + "on.").build();
        }
        List<List<String>> rows = new ArrayList<>();
        for (PnlReport.Row row : report.rows()) {
            rows.add(row(row.projectName() + (row.partial() ? " *" : ""), row.figures()));
        }
        report.total().filter(t -> report.rows().size() > 1).ifPresent(total -> rows.add(row("Total", total)));
        Reply.Builder reply = Reply.builder(report.total().map(t -> t.change().signum() < 0 ? Severity.WARNING
                        : Severity.INFO).orElse(Severity.INFO), title)
                .text(window + coverage(report))
                .table(new Reply.Table(List.of("Project", "Start", "End", "Change", "Change %", "Max drawdown"),
                        rows, Count.of(report.rows().size(), "deployment")));
        return reply.footer("Equity as QuantConnect's live list reports it, kept by LiveOps as it polls.").build();
    }

    private static List<String> row(String name, EquityFigures figures) {
        return List.of(name, Money.format(figures.start()), Money.format(figures.end()),
                PnlText.change(figures.change()), PnlText.percent(figures.changeShare()), PnlText.drawdown(figures));
    }

    /** Says which figures cover only part of the period, and from when. */
    static String coverage(PnlReport report) {
        List<PnlReport.Row> partial = report.partialRows();
        if (partial.isEmpty()) {
            return "";
        }
        return " Only part of the period is covered (*): LiveOps has equity of " + partial.stream()
                .map(row -> row.projectName() + " from " + TimeText.utc(row.figures().from()))
                .collect(Collectors.joining(", ")) + ".";
    }
}
