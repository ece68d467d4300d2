package dev.liveops.discord;

import dev.liveops.command.ChartPeriod;
import dev.liveops.command.CommandName;
import dev.liveops.command.CommandParser;
import dev.liveops.quantconnect.model.LiveStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The one {@code /live} slash command and its subcommands with typed options. Only the shape of the input lives
 * here; what the words mean is the core grammar's business ({@link SlashCommandLine} turns options back into a line).
 */
public final class DiscordCommands {
    public static final String NAME = "live";
    static final String DESCRIPTION = "Run and watch QuantConnect live algorithms.";

    // Option names, shared with the translator and autocomplete.
    static final String PROJECT = "project";
    static final String STATUS = "status";
    static final String STATUSES = "statuses";
    static final String PAGE = "page";
    static final String COUNT = "count";
    static final String NODE = "node";
    static final String BROKERAGE = "brokerage";
    static final String COMMAND = "command";
    static final String DURATION = "duration";
    /** With project {@code all} (the kill switch): the --project glob that narrows it. */
    static final String MATCHING = "matching";
    static final String PERIOD = "period";
    static final String SCHEDULE = "schedule";
    static final String DAY = "day";
    static final String TIME = "time";
    static final String ZONE = "zone";
    static final String ORDERS = "orders";
    static final String NAME_OPTION = "name";
    static final String ARGUMENTS = "arguments";

    private DiscordCommands() {
    }

    /** The subcommands, each the core command it stands for. */
    enum Subcommand {
        LIST(CommandName.LIST),
        READ(CommandName.READ),
        PORTFOLIO(CommandName.PORTFOLIO),
        ORDERS(CommandName.ORDERS),
        LOGS(CommandName.LOGS),
        DEPLOY(CommandName.DEPLOY),
        STOP(CommandName.STOP),
        LIQUIDATE(CommandName.LIQUIDATE),
        SUBSCRIBE(CommandName.SUBSCRIBE),
        UNSUBSCRIBE(CommandName.UNSUBSCRIBE),
        SUBSCRIPTIONS(CommandName.SUBSCRIPTIONS),
        AUDIT(CommandName.AUDIT),
        WHOAMI(CommandName.WHOAMI),
        HELP(CommandName.HELP),
        SNOOZE(CommandName.SNOOZE),
        PNL(CommandName.PNL),
        DIGEST(CommandName.DIGEST),
        INSIGHTS(CommandName.INSIGHTS),
        COMMAND(CommandName.COMMAND),
        BROADCAST(CommandName.BROADCAST),
        CHART(CommandName.CHART);

        private final CommandName core;

        Subcommand(CommandName core) {
            this.core = core;
        }

        /** The word Discord shows and the grammar reads. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        CommandName core() {
            return core;
        }

        String description() {
            return core.summary();
        }

        static Optional<Subcommand> fromWord(String word) {
            return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
        }
    }

    /** The command as registered; direct messages are offered only when the config allows them. */
    public static SlashCommandData definition(boolean allowDirectMessages) {
        SlashCommandData live = Commands.slash(NAME, DESCRIPTION)
                .setContexts(allowDirectMessages ? List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                        : List.of(InteractionContextType.GUILD));
        for (Subcommand subcommand : Subcommand.values()) {
            live.addSubcommands(new SubcommandData(subcommand.word(), subcommand.description())
                    .addOptions(options(subcommand)));
        }
        return live;
    }

    private static List<OptionData> options(Subcommand subcommand) {
        return switch (subcommand) {
            case LIST -> List.of(statusChoice(), new OptionData(OptionType.INTEGER, PAGE, "Page of the list.")
                    .setRequiredRange(1, 10_000));
            case READ, PORTFOLIO -> List.of(project(true));
            case STOP, LIQUIDATE -> List.of(project(true), new OptionData(OptionType.STRING, MATCHING,
                    "With project 'all': only projects matching this pattern, e.g. Live/*.").setRequiredLength(1, 100));
            case ORDERS -> List.of(project(true), count("How many of the last orders.", CommandParser.MAX_ORDERS));
            case LOGS -> List.of(project(true), count("How many of the last log lines.", CommandParser.MAX_LOGS));
            case DEPLOY -> List.of(project(true),
                    new OptionData(OptionType.STRING, NODE, "Live node id or name; default: the first free one."),
                    new OptionData(OptionType.STRING, BROKERAGE, "Brokerage profile from the config; default: its "
                            + "default profile."));
            case SUBSCRIBE -> List.of(new OptionData(OptionType.STRING, STATUSES,
                    "Only these statuses, comma-separated (e.g. RuntimeError,Stopped); default: all.", false, true),
                    new OptionData(OptionType.STRING, PROJECT, "Only projects matching this pattern, e.g. Live/*; "
                            + "default: all.").setRequiredLength(1, 100),
                    new OptionData(OptionType.STRING, ORDERS, "Also post fills, or every order event; default: none.")
                            .addChoice("filled", "filled").addChoice("all", "all"));
            case AUDIT -> List.of(project(false), count("How many of the last entries.", CommandParser.MAX_AUDIT));
            case HELP -> List.of(commandChoice());
            case SNOOZE -> List.of(project(true), new OptionData(OptionType.STRING, DURATION,
                    "How long, e.g. 30m, 2h or 1d; off to resume now.", true).setRequiredLength(1, 20));
            case UNSUBSCRIBE, SUBSCRIPTIONS, WHOAMI -> List.of();
            case PNL -> List.of(new OptionData(OptionType.STRING, PROJECT, "Project name or id; default: all you "
                    + "may see.", false, true).setRequiredLength(1, 100), choices(PERIOD, "Over the last day "
                    + "(default), week or month.", "day", "week", "month"));
            case DIGEST -> List.of(choices(SCHEDULE, "daily, weekly, or off; leave out to see this channel's digest.",
                    "daily", "weekly", "off"), new OptionData(OptionType.STRING, TIME, "Local time, 24-hour HH:MM, "
                    + "e.g. 17:00.").setRequiredLength(4, 5), new OptionData(OptionType.STRING, ZONE, "Time zone, "
                    + "e.g. Europe/London; default: UTC.").setRequiredLength(1, 60), choices(DAY, "The day of a "
                    + "weekly digest.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"));
            case INSIGHTS -> List.of(project(true), count("How many of the last insights.",
                    CommandParser.MAX_INSIGHTS));
            case COMMAND -> List.of(project(true), commandName(), arguments());
            case BROADCAST -> List.of(commandName(), arguments());
            case CHART -> List.of(project(true), periodChoice());
        };
    }

    private static OptionData choices(String name, String description, String... values) {
        OptionData option = new OptionData(OptionType.STRING, name, description);
        Arrays.stream(values).forEach(value -> option.addChoice(value, value));
        return option;
    }

    private static OptionData project(boolean required) {
        return new OptionData(OptionType.STRING, PROJECT, "Project name or id.", required, true)
                .setRequiredLength(1, 100);
    }

    private static OptionData commandName() {
        return new OptionData(OptionType.STRING, NAME_OPTION, "A command from the config, e.g. flatten.", true)
                .setRequiredLength(1, 40);
    }

    private static OptionData arguments() {
        return new OptionData(OptionType.STRING, ARGUMENTS, "Its arguments as key=value, e.g. symbol=SPY.")
                .setRequiredLength(1, 300);
    }

    private static OptionData count(String description, int max) {
        return new OptionData(OptionType.INTEGER, COUNT, description).setRequiredRange(1, max);
    }

    /** Every status the grammar accepts. */
    private static OptionData statusChoice() {
        OptionData status = new OptionData(OptionType.STRING, STATUS, "Only deployments with this status.");
        LiveStatus.nameable().forEach(s -> status.addChoice(s.wireName(), s.wireName()));
        return status;
    }

    /** The chart periods, the default first. */
    private static OptionData periodChoice() {
        OptionData period = new OptionData(OptionType.STRING, PERIOD, "Over which period; default: "
                + ChartPeriod.DEFAULT.word() + ".");
        Arrays.stream(ChartPeriod.values()).forEach(p -> period.addChoice(p.word() + " (" + p.description() + ")",
                p.word()));
        return period;
    }

    private static OptionData commandChoice() {
        OptionData command = new OptionData(OptionType.STRING, COMMAND, "The subcommand to explain.");
        Arrays.stream(Subcommand.values()).filter(s -> s.core != null)
                .forEach(s -> command.addChoice(s.word(), s.word()));
        return command;
    }
}
