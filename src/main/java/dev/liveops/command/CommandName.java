package dev.liveops.command;

import dev.liveops.access.Permission;
import dev.liveops.reply.Reply;
import java.util.Locale;
import java.util.Optional;

/** The /live subcommands, with the usage line and summary that help and error replies show. */
public enum CommandName {
    LIST("list [status] [--page N]", "List live deployments, optionally only those with a status.", Permission.LIST),
    READ("read <project>", "Status, deploy id, brokerage, times, statistics and last error of a deployment.",
            Permission.READ),
    PORTFOLIO("portfolio <project>", "Holdings and cash of a live deployment.", Permission.PORTFOLIO),
    ORDERS("orders <project> [n]", "The last n orders (default 10, at most 100).", Permission.ORDERS),
    LOGS("logs <project> [n]", "The last n log lines (default 20, at most 250).", Permission.LOGS),
    DEPLOY("deploy <project> [--node <id|name>] [--brokerage <profile>]",
            "Compile the project and start it live (asks for confirmation).", Permission.DEPLOY),
    STOP("stop <project>", "Stop a live deployment (asks for confirmation).", Permission.STOP),
    LIQUIDATE("liquidate <project>", "Close every holding and stop the deployment (asks for confirmation).",
            Permission.LIQUIDATE),
    SUBSCRIBE("subscribe [status...] [--project <glob>]",
            "Send this channel status changes (all, or only the statuses and projects named).", Permission.SUBSCRIBE),
    UNSUBSCRIBE("unsubscribe", "Stop sending this channel status changes.", Permission.SUBSCRIBE),
    SUBSCRIPTIONS("subscriptions", "Show what this channel is subscribed to.", Permission.SUBSCRIPTIONS),
    SNOOZE("snooze <project> <duration|off>", "Silence a project's status alerts for a while (30m, 2h, 1d); off ends it.",
            Permission.SNOOZE),
    AUDIT("audit [project] [n]", "The last n audited commands (default 20), optionally for one project.",
            Permission.AUDIT),
    WHOAMI("whoami", "Your identity, roles and the commands you may run.", Permission.WHOAMI),
    HELP("help [command]", "The commands, or the usage of one.", Permission.HELP),
    CONFIRM("confirm <code>", "Confirm an action you requested.", null),
    CANCEL("cancel <code>", "Cancel an action you requested.", null),
    APPROVE("approve <code>", "Approve someone else's action that needs a second person.", null),
    CHART("chart <project> [1d|7d|30d|all]", "A deployment's equity curve over a period, as a picture (default 7d).",
            Permission.READ);

    private final String usage;
    private final String summary;
    private final Permission permission;

    CommandName(String usage, String summary, Permission permission) {
        this.usage = usage;
        this.summary = summary;
        this.permission = permission;
    }

    /** The word typed after /live. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String usage() {
        return "/live " + usage;
    }

    public String summary() {
        return summary;
    }

    /**
     * The permission the command needs; empty for confirm, cancel and approve, which are checked against the
     * action they answer instead.
     */
    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** Whether the command only reads: its answers may be private; anything else acts for the channel. */
    public boolean readOnly() {
        // Exhaustive on purpose: a new command does not compile until someone decides this.
        return switch (this) {
            case LIST, READ, PORTFOLIO, ORDERS, LOGS, SUBSCRIPTIONS, AUDIT, WHOAMI, HELP, CHART -> true;
            case DEPLOY, STOP, LIQUIDATE, SUBSCRIBE, UNSUBSCRIBE, SNOOZE, CONFIRM, CANCEL, APPROVE -> false;
        };
    }

    /** Who this command's answers are for: {@code READER} (private where so configured) or the {@code CHANNEL}. */
    public Reply.Audience audience() {
        return readOnly() ? Reply.Audience.READER : Reply.Audience.CHANNEL;
    }

    /**
     * The one place the rule "read replies may be private, prompts and outcomes are public" is applied: a mistake
     * or refusal stays with the caller, any other answer goes to this command's audience. Adapters only map it.
     */
    public Reply addressed(Reply reply) {
        return reply.audience() == Reply.Audience.CALLER ? reply : reply.withAudience(audience());
    }

    public static Optional<CommandName> fromWord(String word) {
        for (CommandName name : values()) {
            if (name.word().equalsIgnoreCase(word)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
