package dev.liveops.command;

import dev.liveops.access.ProjectGlob;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.Portfolio;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * What a kill switch would act on, read from QuantConnect before anyone confirms: every deployment that is not
 * over (Running, or still starting: the statuses a single stop accepts, see {@link ActionPreviews#isOver}) of a
 * project the caller may act on and the --project glob matches, with its equity; for liquidate, its holdings too.
 */
final class KillSwitchPreview {
    private final LiveApi live;
    private final ProjectDirectory projects;
    private final int concurrency;

    /** @param concurrency how many portfolios a liquidate all preview reads at once */
    KillSwitchPreview(LiveApi live, ProjectDirectory projects, int concurrency) {
        this.live = live;
        this.projects = projects;
        this.concurrency = concurrency;
    }

    /** The deployments to act on, in project-name order, and the preview to confirm (empty targets: nothing to do). */
    record Plan(List<KillSwitchTarget> targets, Reply.Builder reply) {
    }

    Plan preview(LiveCommand.KillSwitch command, Predicate<String> mayAct, String scope) {
        Optional<ProjectGlob> glob = command.projects().map(ProjectGlob::new);
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (LiveDeployment deployment : live.list(Optional.empty())) {
            if (ActionPreviews.isOver(deployment.status())) {
                continue;
            }
            String name = projects.nameOf(deployment.projectId()).orElse(String.valueOf(deployment.projectId()));
            if (mayAct.test(name) && glob.map(g -> g.matches(name)).orElse(true)) {
                rows.putIfAbsent(deployment.projectId(), new Row(name, deployment));
            }
        }
        List<Row> sorted = rows.values().stream().sorted(Comparator.comparing(Row::name)).toList();
        List<KillSwitchTarget> targets = sorted.stream().map(row -> KillSwitchTarget.ready(
                row.deployment().projectId(), row.name(), row.deployment().deployId())).toList();
        boolean liquidate = command.name() == CommandName.LIQUIDATE;
        return new Plan(targets, liquidate ? liquidation(sorted, scope) : stop(sorted, scope));
    }

    private Reply.Builder stop(List<Row> rows, String scope) {
        Reply.Builder reply = Reply.builder(Severity.WARNING, "Stop " + Count.of(rows.size(), "deployment") + "?")
                .text("This stops " + scope + " that you may stop, each once; their holdings stay open.")
                .field("Deployments", String.valueOf(rows.size()))
                .field("Total equity", total(rows.stream().map(row -> row.deployment().equity()).toList()));
        return reply.table(table(rows, List.of("Project", "Status", "Equity"), row -> List.of(row.name(),
                row.deployment().status().wireName(), Money.format(row.deployment().equity()))));
    }

    private Reply.Builder liquidation(List<Row> rows, String scope) {
        List<BigDecimal> values = new ArrayList<>();
        Map<Row, String> holdings = new LinkedHashMap<>();
        int open = 0;
        int unreadable = 0;
        List<Optional<Portfolio>> portfolios = portfolios(rows);
        for (int i = 0; i < rows.size(); i++) {
            Optional<Portfolio> read = portfolios.get(i);
            if (read.isEmpty()) {
                unreadable++;
                holdings.put(rows.get(i), "could not be read");
                continue;
            }
            Portfolio portfolio = read.get();
            open += portfolio.openHoldings().size();
            values.add(portfolio.holdingsValue());
            holdings.put(rows.get(i), Count.of(portfolio.openHoldings().size(), "holding") + ", "
                    + Money.format(portfolio.holdingsValue()));
        }
        String unread = unreadable == 0 ? "" : " The holdings of " + Count.of(unreadable, "deployment")
                + " could not be read; they are liquidated too.";
        return Reply.builder(Severity.WARNING, "Liquidate " + Count.of(rows.size(), "deployment") + "?")
                .text("This closes every holding at market and stops " + scope + " that you may liquidate, each "
                        + "once." + unread)
                .field("Deployments", String.valueOf(rows.size()))
                .field("Total equity", total(rows.stream().map(row -> row.deployment().equity()).toList()))
                .field("Holdings", Count.of(open, "holding") + " worth " + total(values))
                .table(table(rows, List.of("Project", "Status", "Equity", "Holdings"), row -> List.of(row.name(),
                        row.deployment().status().wireName(), Money.format(row.deployment().equity()),
                        holdings.get(row))));
    }

    /** Each deployment's portfolio, read a few at a time; empty where QuantConnect did not give it. */
    private List<Optional<Portfolio>> portfolios(List<Row> rows) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, rows.size())));
        try {
            List<CompletableFuture<Optional<Portfolio>>> reads = rows.stream().map(row -> CompletableFuture.supplyAsync(
                    () -> portfolio(row.deployment().projectId()), pool)).toList();
            return reads.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private Optional<Portfolio> portfolio(long projectId) {
        try {
            return Optional.of(live.portfolio(projectId));
        } catch (RuntimeException failed) {
            // Any failure of one read, not only QuantConnect's: the preview names it and it is liquidated too.
            return Optional.empty();
        }
    }

    private static Reply.Table table(List<Row> rows, List<String> columns,
                                     java.util.function.Function<Row, List<String>> cells) {
        // Every one: where a platform cannot show them all, its renderer shows the rows that fit and counts the rest.
        return new Reply.Table(columns, rows.stream().map(cells).toList(), "");
    }

    /** The sum of what QuantConnect reported, saying how many it did not. */
    private static String total(List<BigDecimal> amounts) {
        BigDecimal sum = amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        long missing = amounts.stream().filter(Objects::isNull).count();
        return Money.format(sum) + (missing == 0 ? "" : " (" + missing + " not reported)");
    }

    private record Row(String name, LiveDeployment deployment) {
    }
}
