package dev.liveops.equity;

import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.console.TextRenderer;
import dev.liveops.reply.Reply;
import dev.liveops.sandbox.DemoOrganization;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /live pnl over the snapshots the watcher kept, as a caller sees it through the gateway. */
class PnlCommandTest {
    private static final Duration POLL = Duration.ofMinutes(15);
    private static final Caller DAVE = new Caller(Platform.SLACK, "U-dave", "dave", Set.of(), "C-desk");

    private static TestCore.Builder core() {
        return TestCore.builder().watcher(watcherSettings().pollInterval(POLL).build()).consoleAdmin();
    }

    private static void run(TestCore core, Duration length) {
        Instant end = core.clock().instant().plus(length);
        while (core.clock().instant().isBefore(end)) {
            core.stepAfter(POLL);
        }
    }

    private static Map<String, List<String>> rowsByProject(Reply reply) {
        return reply.table().orElseThrow().rows().stream()
                .collect(Collectors.toMap(row -> row.get(0), row -> row, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void eachRowAndTheTotalAreTheFirstAndLastSnapshotsOfThePeriod() {
        try (TestCore core = core().build()) {
            run(core, Duration.ofHours(26));
            Instant now = core.clock().instant();

            Reply reply = core.gateway().handle(TestCallers.ALICE, "pnl all day");

            Map<Long, List<EquitySnapshot>> kept = core.snapshots().between(now.minus(Duration.ofDays(1)), now)
                    .stream().collect(Collectors.groupingBy(EquitySnapshot::projectId));
            Map<String, List<String>> rows = rowsByProject(reply);
            BigDecimal starts = BigDecimal.ZERO;
            BigDecimal ends = BigDecimal.ZERO;
            for (Map.Entry<Long, List<EquitySnapshot>> project : kept.entrySet()) {
                BigDecimal start = project.getValue().get(0).equity();
                BigDecimal end = project.getValue().get(project.getValue().size() - 1).equity();
                String name = core.client().projects().read(project.getKey()).name();
                assertThat(rows.get(name)).as(name).startsWith(name, Money.format(start), Money.format(end),
                        PnlText.change(end.subtract(start)));
                starts = starts.add(start);
                ends = ends.add(end);
            }
            assertThat(kept).hasSize(3);
            assertThat(rows.get("Total")).startsWith("Total", Money.format(starts), Money.format(ends),
                    PnlText.change(ends.subtract(starts)));
            assertThat(reply.title()).isEqualTo("P&L of all projects you may see, last day");
            assertThat(reply.text()).doesNotContain("part of the period");
        }
    }

    @Test
    void aScopedUsersPnlNeverIncludesProjectsOutsideTheirScope() {
        try (TestCore core = core().role("momentum-desk", Set.of(Permission.PNL), "Live/Momentum")
                .user(Platform.SLACK, DAVE.userId(), "momentum-desk").build()) {
            run(core, Duration.ofHours(2));

            Reply all = core.gateway().handle(DAVE, "pnl");
            Reply other = core.gateway().handle(DAVE, "pnl Live/MeanReversion week");

            assertThat(rowsByProject(all)).containsOnlyKeys("Live/Momentum *"); // watched for 2 hours of the day
            assertThat(new TextRenderer().render(all)).doesNotContain("MeanReversion", "CryptoBasis");
            assertThat(other.severity()).isEqualTo(Reply.Severity.ERROR);
            assertThat(other.text()).startsWith("There is no project 'Live/MeanReversion'");
        }
    }

    @Test
    void aPeriodBeforeLiveOpsWatchedIsSaidToBeOnlyPartlyCovered() {
        try (TestCore core = core().build()) {
            run(core, Duration.ofHours(2));

            Reply reply = core.gateway().handle(TestCallers.ALICE, "pnl momentum week");

            assertThat(reply.title()).isEqualTo("P&L of Live/Momentum, last week");
            assertThat(rowsByProject(reply)).containsOnlyKeys("Live/Momentum *");
            assertThat(reply.text()).contains("Only part of the period is covered (*): LiveOps has equity of "
                    + "Live/Momentum from 2026-11-20 14:45 UTC.");
        }
    }

    @Test
    void quantConnectsOwnHistoryFillsThePeriodBeforeLiveOpsWatched() {
        EquityHistory history = (projectId, from, to) -> projectId == DemoOrganization.MOMENTUM
                ? List.of(new EquityHistory.Point(from.plus(Duration.ofMinutes(10)), new BigDecimal("200000")))
                : List.of();
        try (TestCore core = core().equityHistory(history).build()) {
            run(core, Duration.ofHours(1));

            Reply reply = core.gateway().handle(TestCallers.ALICE, "pnl all week");

            assertThat(rowsByProject(reply).get("Live/Momentum")).element(1).isEqualTo("200,000.00");
            assertThat(reply.text()).doesNotContain("Live/Momentum from").contains("Live/MeanReversion from");
        }
    }

    @Test
    void quantConnectsEquityChartFillsThePeriodBeforeLiveOpsWatched() {
        try (TestCore core = core().equityHistoryFromCharts().build()) {
            run(core, Duration.ofHours(1));

            Reply reply = core.gateway().handle(TestCallers.ALICE, "pnl all week");

            // LiveOps watched for the last hour only; the chart carries each deployment back to its launch.
            assertThat(reply.text()).contains("Live/Momentum from 2026-11-17 10:30 UTC")
                    .doesNotContain("Live/CryptoBasis from");
        }
    }

    @Test
    void withoutSnapshotsItSaysSo() {
        try (TestCore core = core().build()) {
            Reply reply = core.gateway().handle(TestCallers.ALICE, "pnl");

            assertThat(reply.table()).isEmpty();
            assertThat(reply.text()).contains("LiveOps has no equity of all projects you may see in that period");
        }
    }
}
