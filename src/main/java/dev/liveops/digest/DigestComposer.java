package dev.liveops.digest;

import dev.liveops.equity.EquityFigures;
import dev.liveops.equity.EquitySnapshot;
import dev.liveops.equity.EquitySnapshotStore;
import dev.liveops.equity.PnlReader;
import dev.liveops.equity.PnlReport;
import dev.liveops.equity.PnlText;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.reply.Attachment;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.text.TimeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A digest's words: per deployment the channel may see, its status and equity now, its P&L and drawdown over the
 * period, and the errors since the last digest; then the total.
 */
public final class DigestComposer {
    /** A digest lists at most this many deployments, errors first; the rest are counted. */
    static final int MAX_ROWS = 40;

    private final PnlReader pnl;
    private final EquitySnapshotStore snapshots;
    private final DigestPicture picture;

    public DigestComposer(PnlReader pnl, EquitySnapshotStore snapshots, DigestPicture picture) {
        this.pnl = pnl;
        this.snapshots = snapshots;
        this.picture = picture;
    }

    /** What is posted: the message, with the chart of total equity attached when one could be drawn. */
    public record Composed(Reply reply) {
    }

    /**
     * @param period      the scheduled time the digest stands for; its period ends there
     * @param errorsSince the last digest's period (or when the digest was set up): errors after it are listed
     * @param now         when the deployments were listed
     * @param name        a deployment's project name when the digest may show it, empty otherwise
     */
    public Composed compose(DigestBook.InForce digest, Instant period, Instant errorsSince, Instant now,
                            List<LiveDeployment> deployments, LongFunction<Optional<String>> name) {
        Instant from = digest.schedule().previous(period);
        PnlReport report = pnl.read(from, period, name);
        Map<Long, List<EquitySnapshot>> errors = snapshots.between(errorsSince, now).stream()
                .filter(s -> s.status().isError())
                .collect(Collectors.groupingBy(EquitySnapshot::projectId));
        errors.replaceAll((projectId, seen) -> news(seen, snapshots.lastBefore(projectId, errorsSince)));
        List<Row> rows = new ArrayList<>();
        for (LiveDeployment deployment : deployments) {
            name.apply(deployment.projectId()).ifPresent(projectName -> rows.add(new Row(projectName, deployment,
                    figures(report, deployment), errors.getOrDefault(deployment.projectId(), List.of()))));
        }
        rows.sort(Comparator.comparing((Row row) -> row.errors().isEmpty() && !row.deployment().status().isError())
                .thenComparing(Row::projectName));
        String title = (digest.schedule().isWeekly() ? "Weekly" : "Daily") + " digest: "
                + TimeText.utc(period);
        Reply.Builder reply = Reply.builder(rows.stream().anyMatch(Row::alarming) ? Severity.WARNING : Severity.INFO,
                        title).audience(Reply.Audience.CHANNEL)
                .text(summary(rows, report, from, period));
        if (!rows.isEmpty()) {
            List<List<String>> cells = rows.stream().limit(MAX_ROWS).map(DigestComposer::cells).toList();
            int more = rows.size() - cells.size();
            reply.table(new Reply.Table(List.of("Project", "Status", "Equity", "P&L", "Max drawdown",
                    "Errors since last digest"), cells, more > 0 ? "and " + Count.of(more, "more deployment") : ""));
        }
        reply.footer("Status and equity as of " + TimeText.utc(now) + "; " + digest.schedule().describe() + ", "
                + digest.scope() + ". /live digest off stops it.");
        picture.totalEquity(report).ifPresent(drawn -> reply.attachment(new Attachment(drawn.fileName(), drawn.png(),
                "Total equity of the deployments in this digest over its period")));
        return new Composed(reply.build());
    }

    private record Row(String projectName, LiveDeployment deployment, Optional<PnlReport.Row> pnl,
                       List<EquitySnapshot> errors) {
        Optional<EquityFigures> figures() {
            return pnl.map(PnlReport.Row::figures);
        }

        boolean alarming() {
            return !errors.isEmpty() || deployment.status().isError();
        }
    }

    /** The errors of deployments not already in error before the window: one left failing is not news again. */
    private static List<EquitySnapshot> news(List<EquitySnapshot> seen, Optional<EquitySnapshot> before) {
        return before.filter(b -> b.status().isError())
                .map(b -> seen.stream().filter(s -> !s.deployId().equals(b.deployId())).toList())
                .orElse(seen);
    }

    private static Optional<PnlReport.Row> figures(PnlReport report, LiveDeployment deployment) {
        return report.rows().stream().filter(row -> row.projectId() == deployment.projectId()
                && row.deployId().equals(deployment.deployId())).findFirst();
    }

    private static String summary(List<Row> rows, PnlReport report, Instant from, Instant to) {
        if (rows.isEmpty()) {
            return "No deployment this channel may see.";
        }
        String total = report.total().map(t -> " Total P&L " + PnlText.change(t.change()) + " ("
                + PnlText.percent(t.changeShare()) + "), equity " + Money.format(t.end()) + ", max drawdown "
                + PnlText.drawdown(t) + ".").orElse(" LiveOps has no equity of them in the period yet.");
        long failing = rows.stream().filter(Row::alarming).count();
        return Count.of(rows.size(), "deployment") + " from " + TimeText.utc(from) + " to " + TimeText.utc(to) + "."
                + total + (failing > 0 ? " " + Count.of(failing, "deployment") + " had errors." : "")
                + (report.partialRows().isEmpty() ? "" : " Figures marked * cover only part of the period: LiveOps "
                + "had no equity of those deployments before.");
    }

    private static List<String> cells(Row row) {
        String errors = row.errors().isEmpty() ? "-" : row.errors().stream()
                .map(s -> s.status().wireName()).distinct().collect(Collectors.joining(", "))
                + " (" + Count.of(row.errors().stream().map(EquitySnapshot::deployId).distinct().count(), "deployment")
                + ")";
        boolean partial = row.pnl().map(PnlReport.Row::partial).orElse(false);
        return List.of(row.projectName() + (partial ? " *" : ""), row.deployment().status().wireName(),
                Money.format(row.deployment().equity()),
                row.figures().map(f -> PnlText.change(f.change()) + " (" + PnlText.percent(f.changeShare()) + ")")
                        .orElse("-"),
                row.figures().map(PnlText::drawdown).orElse("-"), errors);
    }
}
