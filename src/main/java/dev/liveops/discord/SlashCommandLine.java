package dev.liveops.discord;

import dev.liveops.discord.DiscordCommands.Subcommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@code /live} slash interaction (subcommand and typed options) back into the one line of text the core
 * grammar reads, e.g. {@code stop "Live/Momentum"}: Discord never bypasses the parser the console uses.
 */
final class SlashCommandLine {
    private SlashCommandLine() {
    }

    /** The line for the core, or a sentence saying why there is none. */
    sealed interface Translation {
        record Line(String text) implements Translation {
        }

        record Refused(String sentence) implements Translation {
        }
    }

    /** @param options option name to the value as Discord sent it (integers as digits) */
    static Translation translate(String subcommandName, Map<String, String> options) {
        Optional<Subcommand> found = Subcommand.fromWord(subcommandName == null ? "" : subcommandName);
        if (found.isEmpty()) {
            return new Translation.Refused("This /live subcommand is no longer supported; Discord may show an old "
                    + "list for a while, /live help shows the current one.");
        }
        Subcommand subcommand = found.get();
        List<String> words = new ArrayList<>();
        words.add(subcommand.word());
        try {
            switch (subcommand) {
                case LIST -> {
                    value(options, DiscordCommands.STATUS).ifPresent(words::add);
                    value(options, DiscordCommands.PAGE).ifPresent(page -> words.add("--page " + page));
                }
                case READ, PORTFOLIO, STOP, LIQUIDATE, ORDERS, LOGS, AUDIT -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.COUNT).ifPresent(words::add);
                    value(options, DiscordCommands.MATCHING).ifPresent(glob -> words.add("--project " + quoted(glob)));
                }
                case DEPLOY -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.NODE).ifPresent(node -> words.add("--node " + quoted(node)));
                    value(options, DiscordCommands.BROKERAGE)
                            .ifPresent(brokerage -> words.add("--brokerage " + quoted(brokerage)));
                }
                case SUBSCRIBE -> {
                    value(options, DiscordCommands.STATUSES)
                            .ifPresent(statuses -> words.add(quoted(statuses.replaceAll("[\\s,]+", ",")
                                    .replaceAll("^,|,$", ""))));
                    value(options, DiscordCommands.PROJECT).ifPresent(glob -> words.add("--project " + quoted(glob)));
                    value(options, DiscordCommands.ORDERS).ifPresent(orders -> words.add("--orders " + quoted(orders)));
                }
                case HELP -> value(options, DiscordCommands.COMMAND).ifPresent(words::add);
                case SNOOZE -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.DURATION).map(SlashCommandLine::quoted).ifPresent(words::add);
                }
                case UNSUBSCRIBE, SUBSCRIPTIONS, WHOAMI -> {
                }
                case PNL -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.PERIOD).ifPresent(words::add);
                }
                case DIGEST -> {
                    value(options, DiscordCommands.SCHEDULE).ifPresent(words::add);
                    value(options, DiscordCommands.DAY).ifPresent(words::add);
                    value(options, DiscordCommands.TIME).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.ZONE).map(SlashCommandLine::quoted).ifPresent(words::add);
                }
                case INSIGHTS -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.COUNT).ifPresent(words::add);
                }
                case COMMAND, BROADCAST -> {
                    // The arguments stay as typed: key=value words, quoted where a value has spaces.
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.NAME_OPTION).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.ARGUMENTS).ifPresent(words::add);
                }
                case CHART -> {
                    value(options, DiscordCommands.PROJECT).map(SlashCommandLine::quoted).ifPresent(words::add);
                    value(options, DiscordCommands.PERIOD).ifPresent(words::add);
                }
            }
        } catch (Unquotable unquotable) {
            return new Translation.Refused("A value cannot contain both a \" and a ' quote; type the project's id "
                    + "instead.");
        }
        return new Translation.Line(String.join(" ", words));
    }

    /**
     * One word for the grammar's tokenizer: as is when plain, else inside whichever quote it does not contain (only
     * the opening quote closes a quoted word there, so the other kind stays literal).
     */
    static String quoted(String value) {
        if (value.matches("[^\\s\"'\u201c\u201d]+")) {
            return value;
        }
        if (value.indexOf('"') < 0) {
            return '"' + value + '"';
        }
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        throw new Unquotable();
    }

    private static Optional<String> value(Map<String, String> options, String name) {
        return Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static final class Unquotable extends RuntimeException {
        Unquotable() {
            super(null, null, false, false);
        }
    }
}
