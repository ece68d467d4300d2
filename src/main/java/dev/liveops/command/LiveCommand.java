package dev.liveops.command;


import dev.liveops.digest.DigestSchedule;
import dev.liveops.equity.PnlPeriod;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.OrderAlerts;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed /live command. Each record is one subcommand with its arguments already validated. Code that acts on a
 * command does so through a {@link LiveCommandVisitor}, so a new record cannot compile until every handler says what
 * it does.
 */
public sealed interface LiveCommand {
    CommandName name();

    <R> R accept(LiveCommandVisitor<R> visitor) throws InterruptedException;

    /** A command about one project, named as the user typed it (resolved later). */
    sealed interface AboutProject extends LiveCommand {
        String project();
    }

    /** stop, liquidate and deploy: previewed, confirmed, audited and executed once. */
    sealed interface Destructive extends AboutProject {
        <R> R accept(DestructiveCommandVisitor<R> visitor) throws InterruptedException;
    }

    /** An answer to a pending destructive action. */
    sealed interface Answer extends LiveCommand {
        String code();
    }

    /**
     * The kill switch: stop all or liquidate all, over every deployment the caller may act on; {@code projects} is
     * the optional --project glob that narrows it. {@link #name()} is the stop or liquidate it sends to each.
     */
    sealed interface KillSwitch extends LiveCommand {
        Optional<String> projects();
    }

    record ListDeployments(Optional<LiveStatus> status, int page) implements LiveCommand {
        public CommandName name() { return CommandName.LIST; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.list(this);
        }
    }

    record Read(String project) implements AboutProject {
        public CommandName name() { return CommandName.READ; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.read(this);
        }
    }

    record ShowPortfolio(String project) implements AboutProject {
        public CommandName name() { return CommandName.PORTFOLIO; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.portfolio(this);
        }
    }

    record ShowOrders(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.ORDERS; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.orders(this);
        }
    }

    record ShowLogs(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.LOGS; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.logs(this);
        }
    }

    record Deploy(String project, Optional<String> node, Optional<String> brokerage) implements Destructive {
        public CommandName name() { return CommandName.DEPLOY; }

        public <R> R accept(LiveCommandVisitor<R> visitor) throws InterruptedException {
            return visitor.deploy(this);
        }

        public <R> R accept(DestructiveCommandVisitor<R> visitor) throws InterruptedException {
            return visitor.deploy(this);
        }
    }

    record Stop(String project) implements Destructive {
        public CommandName name() { return CommandName.STOP; }

        public <R> R accept(LiveCommandVisitor<R> visitor) throws InterruptedException {
            return visitor.stop(this);
        }

        public <R> R accept(DestructiveCommandVisitor<R> visitor) {
            return visitor.stop(this);
        }
    }

    record Liquidate(String project) implements Destructive {
        public CommandName name() { return CommandName.LIQUIDATE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) throws InterruptedException {
            return visitor.liquidate(this);
        }

        public <R> R accept(DestructiveCommandVisitor<R> visitor) {
            return visitor.liquidate(this);
        }
    }

    /**
     * An empty set means every status change; {@code project} is a glob of project names, {@code *} for all;
     * {@code orders} the order events the channel hears too.
     */
    record Subscribe(Set<LiveStatus> statuses, String project, OrderAlerts orders) implements LiveCommand {
        public Subscribe {
            orders = orders == null ? OrderAlerts.NONE : orders;
        }

        public Subscribe(Set<LiveStatus> statuses, String project) {
            this(statuses, project, OrderAlerts.NONE);
        }

        public CommandName name() { return CommandName.SUBSCRIBE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.subscribe(this);
        }
    }

    record Unsubscribe() implements LiveCommand {
        public CommandName name() { return CommandName.UNSUBSCRIBE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.unsubscribe(this);
        }
    }

    record ShowSubscriptions() implements LiveCommand {
        public CommandName name() { return CommandName.SUBSCRIPTIONS; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.subscriptions(this);
        }
    }

    /** {@code duration} empty: end the snooze now. */
    record Snooze(String project, Optional<Duration> duration) implements AboutProject {
        public CommandName name() { return CommandName.SNOOZE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.snooze(this);
        }
    }

    record ShowAudit(Optional<String> project, int count) implements LiveCommand {
        public CommandName name() { return CommandName.AUDIT; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.audit(this);
        }
    }

    record WhoAmI() implements LiveCommand {
        public CommandName name() { return CommandName.WHOAMI; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.whoami(this);
        }
    }

    record Help(Optional<CommandName> topic) implements LiveCommand {
        public CommandName name() { return CommandName.HELP; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.help(this);
        }
    }

    record Confirm(String code) implements Answer {
        public CommandName name() { return CommandName.CONFIRM; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.confirm(this);
        }
    }

    record Cancel(String code) implements Answer {
        public CommandName name() { return CommandName.CANCEL; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.cancel(this);
        }
    }

    record Approve(String code) implements Answer {
        public CommandName name() { return CommandName.APPROVE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.approve(this);
        }
    }

    record StopAll(Optional<String> projects) implements KillSwitch {
        public CommandName name() { return CommandName.STOP; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.stopAll(this);
        }
    }

    record LiquidateAll(Optional<String> projects) implements KillSwitch {
        public CommandName name() { return CommandName.LIQUIDATE; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.liquidateAll(this);
        }
    }

    /** {@code project} empty: every project the caller may see. */
    record ShowPnl(Optional<String> project, PnlPeriod period) implements LiveCommand {
        public CommandName name() { return CommandName.PNL; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.pnl(this);
        }
    }

    /** Sets the channel's digest to {@code schedule}, or turns it {@code off}; neither: shows it. */
    record ManageDigest(Optional<DigestSchedule> schedule, boolean off) implements LiveCommand {
        public CommandName name() { return CommandName.DIGEST; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.digest(this);
        }
    }

    record ShowInsights(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.INSIGHTS; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.insights(this);
        }
    }

    /** A configured algorithm command; {@code arguments} as typed (key to raw value), checked against the config later. */
    record SendCommand(String project, String command, Map<String, String> arguments) implements AboutProject {
        public SendCommand {
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }

        public CommandName name() { return CommandName.COMMAND; }

        public <R> R accept(LiveCommandVisitor<R> visitor) throws InterruptedException {
            return visitor.command(this);
        }
    }

    /** A configured algorithm command for every running deployment of the organization. */
    record Broadcast(String command, Map<String, String> arguments) implements LiveCommand {
        public Broadcast {
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }

        public CommandName name() { return CommandName.BROADCAST; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.broadcast(this);
        }
    }

    record ShowChart(String project, ChartPeriod period) implements AboutProject {
        public CommandName name() { return CommandName.CHART; }

        public <R> R accept(LiveCommandVisitor<R> visitor) {
            return visitor.chart(this);
        }
    }
}
