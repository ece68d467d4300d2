package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.project.ProjectDirectory;

import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.text.TimeText;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.reply.StatusTone;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.model.CashBalance;
import dev.liveops.quantconnect.model.Holding;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.LogPage;
import dev.liveops.quantconnect.model.Order;
import dev.liveops.quantconnect.model.OrderPage;
import dev.liveops.quantconnect.model.Portfolio;
import dev.liveops.quantconnect.model.Project;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The read-only commands: one QuantConnect round trip (two at most) each, rendered as a {@link Reply}. */
final class LiveQueries {
    private final LiveApi live;
    private final ProjectDirectory projects;
    private final Clock clock;

    LiveQueries(LiveApi live, ProjectDirectory projects, Clock clock) {
        this.live = live;
        this.projects = projects;
        this.clock = clock;
    }

    Reply list(Optional<LiveStatus> status, int page, Predicate<String> visible) {
        List<LiveDeployment> deployments = live.list(status).stream()
                .filter(d -> visible.test(projects.nameOf(d.projectId()).orElse(String.valueOf(d.projectId()))))
                .toList();
        return DeploymentListView.render(deployments, status, page,
                id -> projects.nameOf(id).orElse("project"), clock.instant());
    }

    Reply read(Project project) {
        LiveAlgorithm algorithm = live.read(project.projectId());
        if (!algorithm.wasEverDeployed()) {
            return Reply.builder(Severity.INFO, project.name()).text("It has never been deployed live.")
                    .footer("Project " + project.projectId()).build();
        }
        Reply.Builder reply = Reply.builder(StatusTone.of(algorithm.status()), project.name() + ": "
                        + algorithm.status().wireName())
                .field("Status", algorithm.status().wireName())
                .field("Deploy id", algorithm.deployId())
                .field("Brokerage", algorithm.brokerage())
                .field("Launched", TimeText.relativeAndUtc(algorithm.launched(), clock.instant()))
                .field("Stopped", TimeText.relativeAndUtc(algorithm.stopped(), clock.instant()));
        Map<String, String> stats = algorithm.runtimeStatistics();
        stats.forEach((name, value) -> reply.field(name, Money.normalise(value)));
        if (algorithm.status().isError() && algorithm.message() != null && !algorithm.message().isBlank()) {
            reply.wideField("Last error", algorithm.message());
        }
        return reply.footer("Project " + project.projectId()).build();
    }

    Reply portfolio(Project project) {
        Portfolio portfolio = live.portfolio(project.projectId());
        List<List<String>> rows = portfolio.openHoldings().stream().map(LiveQueries::holdingRow).toList();
        Reply.Builder reply = Reply.builder(Severity.INFO, project.name() + ": portfolio")
                .text(rows.isEmpty() ? "No open holdings." : Count.of(rows.size(), "open holding") + " worth "
                        + Money.format(portfolio.holdingsValue(), portfolio.accountCurrencySymbol()) + ".");
        if (!rows.isEmpty()) {
            reply.table(new Reply.Table(List.of("Symbol", "Quantity", "Avg price", "Price", "Value", "Unrealized"),
                    rows, ""));
        }
        for (CashBalance cash : portfolio.cash()) {
            reply.field("Cash " + cash.currency(), Money.format(cash.amount(),
                    cash.currencySymbol() == null ? "" : cash.currencySymbol()));
        }
        return reply.footer("QuantConnect refreshes portfolio snapshots about every 10 minutes.").build();
    }

    Reply orders(Project project, int count) {
        OrderPage first = live.orders(project.projectId(), 0, LiveApi.MAX_ORDERS);
        OrderPage page = first.length() <= LiveApi.MAX_ORDERS ? first
                : live.orders(project.projectId(), Math.max(0, first.length() - count), first.length());
        List<Order> orders = page.orders();
        List<Order> last = orders.subList(Math.max(0, orders.size() - count), orders.size());
        if (last.isEmpty()) {
            return Reply.builder(Severity.INFO, project.name() + ": orders").text(first.length() == 0
                    ? "No orders yet." : "QuantConnect counts " + Count.of(first.length(), "order")
                    + " but sent none.").build();
        }
        return Reply.builder(Severity.INFO, project.name() + ": last " + Count.of(last.size(), "order"))
                .text(last.size() + " of " + Count.of(first.length(), "order") + ".")
                .table(new Reply.Table(List.of("Id", "Time", "Symbol", "Side", "Quantity", "Price", "Type", "Status"),
                        last.stream().map(order -> List.of(String.valueOf(order.id()), TimeText.utc(order.time()),
                                String.valueOf(order.symbol()), order.direction().name(),
                                Money.quantity(order.quantity()), Money.format(order.price()), order.type().name(),
                                order.status().name())).toList(), ""))
                .build();
    }

    Reply logs(Project project, int count) {
        LiveAlgorithm algorithm = live.read(project.projectId());
        if (!algorithm.wasEverDeployed()) {
            return Reply.builder(Severity.INFO, project.name() + ": logs").text("It has never been deployed.").build();
        }
        LogPage probe = live.logs(project.projectId(), algorithm.deployId(), 0, 1);
        int total = probe.deploymentLength();
        LogPage page = total <= 1 ? probe
                : live.logs(project.projectId(), algorithm.deployId(), Math.max(0, total - count), total);
        return Reply.builder(Severity.INFO, project.name() + ": last " + Count.of(page.logs().size(), "log line"))
                .text(page.logs().isEmpty() ? "No log lines yet." : String.join("\n", page.logs()))
                .footer("Deploy " + algorithm.deployId() + "; QuantConnect refreshes logs about every 5 minutes.")
                .build();
    }

    private static List<String> holdingRow(Holding holding) {
        return List.of(holding.ticker(), Money.quantity(holding.quantity()), Money.format(holding.averagePrice()),
                Money.format(holding.price()), Money.format(holding.value()), Money.format(holding.unrealized()));
    }
}
