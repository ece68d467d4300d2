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
    STOP("stop <project> | stop all [--project <glob>]",
            "Stop a live deployment, or all you may stop (asks for confirmation).", Permission.STOP),
    LIQUIDATE("liquidate <project> | liquidate all [--project <glob>]",
            "Close every holding and stop the deployment, or all you may liquidate (asks for confirmation).",
            Permission.LIQUIDATE),
    SUBSCRIBE("subscribe [status...] [--project <glob>] [--orders [filled|all]]",
            "Send this channel status changes (all, or those named); --orders adds fills.", Permission.SUBSCRIBE),
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
    PNL("pnl [project|all] [day|week|month]",
            "Profit and loss per deployment and in total over the last day (default), week or month.",
            Permission.PNL),
    DIGEST("digest [daily <HH:MM> [zone] | weekly <day> <HH:MM> [zone] | off]",
            "Post this channel a summary of its deployments every day or week at a local time; off stops it.",
            Permission.DIGEST),
    INSIGHTS("insights <project> [n]", "The last n insights the algorithm emitted (default 10, at most 99).",
            Permission.INSIGHTS),
    /** Each configured command names its own permission, checked against its declaration when routed. */
    COMMAND("command <project> <name> [key=value ...]",
            "Send a command from the config to a running algorithm (confirmed when the config says so).", null),
    BROADCAST("broadcast <name> [key=value ...]",
            "Send a command from the config to every running deployment (asks for confirmation).",
            Permission.BROADCAST),
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
            case LIST, READ, PORTFOLIO, ORDERS, LOGS, SUBSCRIPTIONS, AUDIT, WHOAMI, HELP, PNL, INSIGHTS,
                 CHART -> true;
            case DEPLOY, STOP, LIQUIDATE, SUBSCRIBE, UNSUBSCRIBE, SNOOZE, CONFIRM, CANCEL, APPROVE, DIGEST, COMMAND,
                 BROADCAST -> false;
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
