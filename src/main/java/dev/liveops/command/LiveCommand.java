package dev.liveops.command;


import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed /live command. Each record is one subcommand with its arguments already validated. Code that acts on a
 * command does so through a {@link Visitor}, so a new record cannot compile until every handler says what it does.
 */
public sealed interface LiveCommand {
    CommandName name();

    <R> R accept(Visitor<R> visitor) throws InterruptedException;

    /** One method per command. Deploy may wait for a compile, hence the interruption. */
    interface Visitor<R> {
        R list(ListDeployments command);

        R read(Read command);

        R portfolio(ShowPortfolio command);

        R orders(ShowOrders command);

        R logs(ShowLogs command);

        R deploy(Deploy command) throws InterruptedException;

        R stop(Stop command) throws InterruptedException;

        R liquidate(Liquidate command) throws InterruptedException;

        R subscribe(Subscribe command);

        R unsubscribe(Unsubscribe command);

        R subscriptions(ShowSubscriptions command);

        R snooze(Snooze command);

        R audit(ShowAudit command);

        R whoami(WhoAmI command);

        R help(Help command);

        R confirm(Confirm command);

        R cancel(Cancel command);

        R approve(Approve command);

        R chart(ShowChart command);
    }

    /** A command about one project, named as the user typed it (resolved later). */
    sealed interface AboutProject extends LiveCommand {
        String project();
    }

    /** stop, liquidate and deploy: previewed, confirmed, audited and executed once. */
    sealed interface Destructive extends AboutProject {
        <R> R accept(DestructiveVisitor<R> visitor) throws InterruptedException;
    }

    /** One method per destructive command: where only these three can arrive. */
    interface DestructiveVisitor<R> {
        R deploy(Deploy command) throws InterruptedException;

        R stop(Stop command);

        R liquidate(Liquidate command);
    }

    /** An answer to a pending destructive action. */
    sealed interface Answer extends LiveCommand {
        String code();
    }

    record ListDeployments(Optional<LiveStatus> status, int page) implements LiveCommand {
        public CommandName name() { return CommandName.LIST; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    record Read(String project) implements AboutProject {
        public CommandName name() { return CommandName.READ; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.read(this);
        }
    }

    record ShowPortfolio(String project) implements AboutProject {
        public CommandName name() { return CommandName.PORTFOLIO; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.portfolio(this);
        }
    }

    record ShowOrders(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.ORDERS; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.orders(this);
        }
    }

    record ShowLogs(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.LOGS; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.logs(this);
        }
    }

    record Deploy(String project, Optional<String> node, Optional<String> brokerage) implements Destructive {
        public CommandName name() { return CommandName.DEPLOY; }

        public <R> R accept(Visitor<R> visitor) throws InterruptedException {
            return visitor.deploy(this);
        }

        public <R> R accept(DestructiveVisitor<R> visitor) throws InterruptedException {
            return visitor.deploy(this);
        }
    }

    record Stop(String project) implements Destructive {
        public CommandName name() { return CommandName.STOP; }

        public <R> R accept(Visitor<R> visitor) throws InterruptedException {
            return visitor.stop(this);
        }

        public <R> R accept(DestructiveVisitor<R> visitor) {
            return visitor.stop(this);
        }
    }

    record Liquidate(String project) implements Destructive {
        public CommandName name() { return CommandName.LIQUIDATE; }

        public <R> R accept(Visitor<R> visitor) throws InterruptedException {
            return visitor.liquidate(this);
        }

        public <R> R accept(DestructiveVisitor<R> visitor) {
            return visitor.liquidate(this);
        }
    }

    /** An empty set means every status change; {@code project} is a glob of project names, {@code *} for all. */
    record Subscribe(Set<LiveStatus> statuses, String project) implements LiveCommand {
        public CommandName name() { return CommandName.SUBSCRIBE; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.subscribe(this);
        }
    }

    record Unsubscribe() implements LiveCommand {
        public CommandName name() { return CommandName.UNSUBSCRIBE; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.unsubscribe(this);
        }
    }

    record ShowSubscriptions() implements LiveCommand {
        public CommandName name() { return CommandName.SUBSCRIPTIONS; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.subscriptions(this);
        }
    }

    /** {@code duration} empty: end the snooze now. */
    record Snooze(String project, Optional<Duration> duration) implements AboutProject {
        public CommandName name() { return CommandName.SNOOZE; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.snooze(this);
        }
    }

    record ShowAudit(Optional<String> project, int count) implements LiveCommand {
        public CommandName name() { return CommandName.AUDIT; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.audit(this);
        }
    }

    record WhoAmI() implements LiveCommand {
        public CommandName name() { return CommandName.WHOAMI; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.whoami(this);
        }
    }

    record Help(Optional<CommandName> topic) implements LiveCommand {
        public CommandName name() { return CommandName.HELP; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.help(this);
        }
    }

    record Confirm(String code) implements Answer {
        public CommandName name() { return CommandName.CONFIRM; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.confirm(this);
        }
    }

    record Cancel(String code) implements Answer {
        public CommandName name() { return CommandName.CANCEL; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }

    record Approve(String code) implements Answer {
        public CommandName name() { return CommandName.APPROVE; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.approve(this);
        }
    }

    record ShowChart(String project, ChartPeriod period) implements AboutProject {
        public CommandName name() { return CommandName.CHART; }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.chart(this);
        }
    }
}
