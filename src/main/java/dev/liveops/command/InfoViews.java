package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.subscription.OrderAlerts;
import dev.liveops.subscription.Subscription;

import dev.liveops.text.TimeText;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.Caller;
import dev.liveops.leader.Leadership;
import dev.liveops.access.Permission;
import dev.liveops.access.ProjectGlob;
import dev.liveops.access.Role;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.model.LiveStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Replies that need no QuantConnect call: help, whoami, audit, subscriptions. */
final class InfoViews {
    private InfoViews() {
    }

    static Reply help(Optional<CommandName> topic) {
        if (topic.isPresent()) {
            CommandName name = topic.get();
            Reply.Builder reply = Reply.builder(Severity.INFO, name.usage()).text(name.summary());
            if (name == CommandName.LIST || name == CommandName.SUBSCRIBE) {
                reply.wideField("Statuses", nameableStatuses());
            }
            return reply.build();
        }
        List<List<String>> rows = Arrays.stream(CommandName.values())
                .map(name -> List.of(name.usage(), name.summary())).toList();
        return Reply.builder(Severity.INFO, "LiveOps commands")
                .text("A project is named by id or name; a unique part of the name is enough (momentum finds "
                        + "Live/Momentum).")
                .table(new Reply.Table(List.of("Command", "What it does"), rows, ""))
                .footer("Statuses for list and subscribe: " + nameableStatuses() + ".")
                .build();
    }

    /** The statuses a user may name, as help shows them. */
    private static String nameableStatuses() {
        return LiveStatus.nameable().stream().map(LiveStatus::wireName).collect(Collectors.joining(", "));
    }

    static Reply whoami(Caller caller, List<Role> roles, Set<Permission> permissions,
                        Optional<Leadership> leadership) {
        String commands = permissions.stream().map(Permission::configName).collect(Collectors.joining(", "));
        Reply.Builder reply = Reply.builder(roles.isEmpty() ? Severity.WARNING : Severity.INFO, caller.describe())
                .field("Platform", caller.platform().name().toLowerCase(java.util.Locale.ROOT))
                .field("User id", caller.userId())
                .field("Roles", roles.isEmpty() ? "none" : roles.stream().map(InfoViews::describe)
                        .collect(Collectors.joining(", ")))
                .wideField("You may run", commands);
        if (!caller.groupIds().isEmpty()) {
            reply.wideField("Groups", String.join(", ", caller.groupIds()));
        }
        leadership.ifPresent(processes -> reply.wideField("Leader", processes.leader()
                        .map(term -> term.holder() + " since " + TimeText.utc(term.since()) + " (epoch " + term.epoch()
                                + ")").orElse("none at the moment: a standby takes over within seconds"))
                .wideField("Answered by", processes.self() + (processes.isLeader() ? " (the leader)" : " (standby)")));
        if (roles.isEmpty()) {
            reply.text("You have no LiveOps role: ask an admin to map your user id to a role in the config.");
        }
        return reply.build();
    }

    private static String describe(Role role) {
        return role.isUnscoped() ? role.name() : role.name() + " on " + role.projects().stream()
                .map(ProjectGlob::toString).collect(Collectors.joining(", "));
    }

    /** Long enough for any command the parser accepts to read whole; what it rejected may be far longer. */
    private static final int AUDITED_LINE = 120;

    static Reply audit(List<AuditEntry> entries, Optional<String> project) {
        String title = "Audit trail" + project.map(p -> " of " + p).orElse("");
        if (entries.isEmpty()) {
            return Reply.builder(Severity.INFO, title).text("Nothing recorded yet.").build();
        }
        List<List<String>> rows = entries.stream().map(e -> List.of(TimeText.utc(e.at()), e.caller().describe(),
                CommandParser.printable(e.commandText(), AUDITED_LINE), e.step().name(), e.outcome(),
                e.actionCode() == null ? "-" : e.actionCode())).toList();
        return Reply.builder(Severity.INFO, title + " (last " + entries.size() + ")")
                .table(new Reply.Table(List.of("When", "Who", "Command", "Step", "Outcome", "Code"), rows, ""))
                .build();
    }

    static Reply subscriptions(Optional<Subscription> subscription) {
        return subscription.map(s -> Reply.builder(Severity.INFO, "This channel's subscription")
                        .text("Status changes notified here: " + statuses(s.statuses()) + projects(s.project()) + "."
                                + orders(s.orders()))
                        .footer("Subscribed by " + s.subscriber().describe() + " at " + TimeText.utc(s.createdAt()))
                        .build())
                .orElse(Reply.builder(Severity.INFO, "This channel's subscription")
                        .text("This channel is not subscribed; /live subscribe [status...] subscribes it.").build());
    }

    /** What a subscription says of order events, as a sentence of its own; nothing when it hears none. */
    static String orders(OrderAlerts orders) {
        return switch (orders) {
            case NONE -> "";
            case FILLED -> " Fills of running deployments are posted too (/live subscribe without --orders stops them).";
            case ALL -> " Every order event of running deployments is posted too (/live subscribe without --orders "
                    + "stops them).";
        };
    }

    static String projects(String glob) {
        return glob.equals("*") ? "" : " of projects matching " + glob;
    }

    static String statuses(Set<LiveStatus> statuses) {
        return statuses.isEmpty() ? "every status" : statuses.stream().map(LiveStatus::wireName).sorted()
                .collect(Collectors.joining(", "));
    }
}
