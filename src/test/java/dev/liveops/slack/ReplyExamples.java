package dev.liveops.slack;

import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Button.Style;
import dev.liveops.reply.Reply.Severity;
import java.util.List;
import java.util.stream.IntStream;

/** The largest replies LiveOps realistically sends, built as the core builds them. */
final class ReplyExamples {
    private ReplyExamples() {
    }

    /** Every deployment on one page: worse than the core's 15-row pages, so the renderer must cope alone. */
    static Reply deploymentList(int count) {
        List<List<String>> rows = IntStream.rangeClosed(1, count).mapToObj(i -> List.of(
                "Live/Strategy-%03d-%s (%d)".formatted(i, "Mean-Reversion-Equities-Long-Short", 23_000_000 + i),
                "RuntimeError", "InteractiveBrokersBrokerage", "3 days ago (2026-11-17 14:30 UTC)",
                "$12,345,678.90", "Runtime Error: Symbol<SPY> not found in the universe & retried")).toList();
        return Reply.builder(Severity.WARNING, "Live deployments (" + count + ")")
                .text(count + " RuntimeError")
                .table(new Reply.Table(List.of("Project", "Status", "Brokerage", "Launched", "Equity", "Error"), rows,
                        "Page 1 of 1: rows 1-" + count + " of " + count + "."))
                .button("Next", "list --page 2", Style.SECONDARY)
                .build();
    }
}
