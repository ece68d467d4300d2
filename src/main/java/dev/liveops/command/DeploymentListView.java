package dev.liveops.command;

import dev.liveops.reply.Reply;

import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.text.TimeText;
import dev.liveops.reply.Reply.Button;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.reply.StatusTone;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * {@code /live list} as a reply: a status summary, then one page of whole rows (never a row cut in half), with
 * buttons to the neighbouring pages. Most urgent tone first (errors, then those needing a look, then running, then the
 * rest), newest first.
 */
final class DeploymentListView {
    static final int PAGE_SIZE = 15;

    private DeploymentListView() {
    }

    static Reply render(List<LiveDeployment> deployments, Optional<LiveStatus> filter, int page,
                        LongFunction<String> projectName, Instant now) {
        String what = filter.map(status -> status.wireName() + " deployments").orElse("Live deployments");
        if (deployments.isEmpty()) {
            return Reply.builder(Severity.INFO, what).text("None" + filter.map(s -> " with status " + s).orElse("")
                    + ".").build();
        }
        List<LiveDeployment> sorted = deployments.stream().sorted(ORDER).toList();
        int pages = (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (page > pages) {
            return Reply.error(what + " fill " + Count.of(pages, "page") + "; there is no page " + page + ".");
        }
        int shown = page;
        List<LiveDeployment> rows = sorted.subList((shown - 1) * PAGE_SIZE, Math.min(sorted.size(), shown * PAGE_SIZE));

        List<List<String>> table = new ArrayList<>();
        for (LiveDeployment d : rows) {
            table.add(List.of(projectName.apply(d.projectId()) + " (" + d.projectId() + ")", d.status().wireName(),
                    nullToDash(d.brokerage()), TimeText.relativeAndUtc(d.launched(), now), Money.format(d.equity()),
                    nullToDash(d.error())));
        }
        String summary = pages == 1 ? "" : "Page " + shown + " of " + pages + ": rows "
                + ((shown - 1) * PAGE_SIZE + 1) + "-" + ((shown - 1) * PAGE_SIZE + rows.size()) + " of " + sorted.size()
                + (filter.isEmpty() ? "; filter with a status, e.g. /live list RuntimeError" : "") + ".";
        Severity tone = StatusTone.mostUrgent(sorted.stream().map(LiveDeployment::status).toList());
        Reply.Builder reply = Reply.builder(tone, what + " (" + sorted.size() + ")")
                .text(countsByStatus(sorted))
                .table(new Reply.Table(List.of("Project", "Status", "Brokerage", "Launched", "Equity", "Error"), table,
                        summary));
        String base = "list" + filter.map(status -> " " + status.wireName()).orElse("");
        if (shown > 1) {
            reply.button("Previous", base + " --page " + (shown - 1), Button.Style.SECONDARY);
        }
        if (shown < pages) {
            reply.button("Next", base + " --page " + (shown + 1), Button.Style.SECONDARY);
        }
        return reply.build();
    }

    private static final Comparator<LiveDeployment> ORDER = Comparator
            .comparing((LiveDeployment d) -> StatusTone.of(d.status()), Comparator.reverseOrder())
            .thenComparing(LiveDeployment::launched, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(LiveDeployment::projectId);

    private static String countsByStatus(List<LiveDeployment> deployments) {
        Map<LiveStatus, Long> counts = deployments.stream().collect(Collectors.groupingBy(LiveDeployment::status,
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().wireName())
                .collect(Collectors.joining(", "));
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
