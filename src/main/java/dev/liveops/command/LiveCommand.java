package dev.liveops.command;


import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A parsed /live command. Each record is one subcommand with its arguments already validated. */
public sealed interface LiveCommand {
    CommandName name();

    /** A command about one project, named as the user typed it (resolved later). */
    sealed interface AboutProject extends LiveCommand {
        String project();
    }

    /** stop, liquidate and deploy: previewed, confirmed, audited and executed once. */
    sealed interface Destructive extends AboutProject {
    }

    /** An answer to a pending destructive action. */
    sealed interface Answer extends LiveCommand {
        String code();
    }

    record ListDeployments(Optional<LiveStatus> status, int page) implements LiveCommand {
        public CommandName name() { return CommandName.LIST; }
    }

    record Read(String project) implements AboutProject {
        public CommandName name() { return CommandName.READ; }
    }

    record ShowPortfolio(String project) implements AboutProject {
        public CommandName name() { return CommandName.PORTFOLIO; }
    }

    record ShowOrders(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.ORDERS; }
    }

    record ShowLogs(String project, int count) implements AboutProject {
        public CommandName name() { return CommandName.LOGS; }
    }

    record Deploy(String project, Optional<String> node, Optional<String> brokerage) implements Destructive {
        public CommandName name() { return CommandName.DEPLOY; }
    }

    record Stop(String project) implements Destructive {
        public CommandName name() { return CommandName.STOP; }
    }

    record Liquidate(String project) implements Destructive {
        public CommandName name() { return CommandName.LIQUIDATE; }
    }

    /** An empty set means every status change; {@code project} is a glob of project names, {@code *} for all. */
    record Subscribe(Set<LiveStatus> statuses, String project) implements LiveCommand {
        public CommandName name() { return CommandName.SUBSCRIBE; }
    }

    record Unsubscribe() implements LiveCommand {
        public CommandName name() { return CommandName.UNSUBSCRIBE; }
    }

    record ShowSubscriptions() implements LiveCommand {
        public CommandName name() { return CommandName.SUBSCRIPTIONS; }
    }

    /** {@code duration} empty: end the snooze now. */
    record Snooze(String project, Optional<Duration> duration) implements AboutProject {
        public CommandName name() { return CommandName.SNOOZE; }
    }

    record ShowAudit(Optional<String> project, int count) implements LiveCommand {
        public CommandName name() { return CommandName.AUDIT; }
    }

    record WhoAmI() implements LiveCommand {
        public CommandName name() { return CommandName.WHOAMI; }
    }

    record Help(Optional<CommandName> topic) implements LiveCommand {
        public CommandName name() { return CommandName.HELP; }
    }

    record Confirm(String code) implements Answer {
        public CommandName name() { return CommandName.CONFIRM; }
    }

    record Cancel(String code) implements Answer {
        public CommandName name() { return CommandName.CANCEL; }
    }

    record Approve(String code) implements Answer {
        public CommandName name() { return CommandName.APPROVE; }
    }
}
