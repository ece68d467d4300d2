package dev.liveops.command;

import dev.liveops.command.LiveCommand.Approve;
import dev.liveops.command.LiveCommand.Cancel;
import dev.liveops.command.LiveCommand.Confirm;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.command.Tokenizer.BadInput;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.text.Shorten;
import dev.liveops.text.Visible;
import dev.liveops.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one /live grammar every platform shares. Never throws: any input, however hostile, becomes a command or a
 * {@link Rejected} with one sentence and the usage line to show.
 */
public final class CommandParser {
    /** Longer than any real command; refusing early keeps 10 kB pastes out of logs and the audit trail. */
    public static final int MAX_LENGTH = 500;
    public static final int DEFAULT_ORDERS = 10;
    public static final int MAX_ORDERS = 100;
    public static final int DEFAULT_LOGS = 20;
    public static final int MAX_LOGS = 250;
    public static final int DEFAULT_AUDIT = 20;
    public static final int MAX_AUDIT = 200;
    public static final int MAX_INSIGHTS = AlgorithmCommandGrammar.MAX_INSIGHTS;
    /** {@code stop all}: a project named "all" is stopped by its id. */
    private static final String KILL_SWITCH_WORD = "all";
    // Compiled once: String.matches compiles its regex on every call, on every command's path.
    private static final Pattern PERIOD_LIKE = Pattern.compile("(?i)\\d+[a-z]{1,2}");
    static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UP_TO_3_DIGITS = Pattern.compile("\\d{1,3}");
    static final Pattern UP_TO_9_DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern PROJECT_PATTERN = Pattern.compile("[\\p{L}\\p{N} /._*?-]{1,100}");
    private static final Pattern LIVE_PREFIX = Pattern.compile("^/live\\s*");

    public ParseResult parse(String line) {
        if (line == null || line.isBlank()) {
            return new Rejected("Type a subcommand, e.g. /live list Running; /live help lists them all.",
                    Optional.empty());
        }
        if (line.length() > MAX_LENGTH) {
            return new Rejected("That command is " + line.length() + " characters long; the limit is " + MAX_LENGTH
                    + ".", Optional.empty());
        }
        if (line.strip().chars().anyMatch(c -> c == '\n' || c == '\r')) {
            return new Rejected("Send one command per line.", Optional.empty());
        }
        if (line.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            return new Rejected("That command contains control characters; type it as plain text.", Optional.empty());
        }
        try {
            List<String> words = new ArrayList<>(Tokenizer.split(line.strip()));
            if (!words.isEmpty() && (words.get(0).equalsIgnoreCase("/live") || words.get(0).equalsIgnoreCase("live"))) {
                words.remove(0);
            }
            if (words.isEmpty()) {
                return new Parsed(new LiveCommand.Help(Optional.empty()));
            }
            String word = words.remove(0);
            Optional<CommandName> name = CommandName.fromWord(word);
            if (name.isEmpty()) {
                return new Rejected("Unknown subcommand '" + printable(word) + "'."
                        + didYouMean(word, Arrays.stream(CommandName.values()).map(CommandName::word).toList())
                        + " /live help lists them all.", Optional.empty());
            }
            try {
                return new Parsed(build(name.get(), new CommandArguments(name.get() == CommandName.SUBSCRIBE
                        ? SubscriptionGrammar.withOrdersValue(words) : words)));
            } catch (BadInput bad) {
                return new Rejected(bad.getMessage(), name);
            }
        } catch (BadInput bad) {
            return new Rejected(bad.getMessage(), Optional.empty());
        }
    }

    private LiveCommand build(CommandName name, CommandArguments args) {
        LiveCommand command = switch (name) {
            case LIST -> listCommand(args);
            case READ -> new LiveCommand.Read(args.project());
            case PORTFOLIO -> new LiveCommand.ShowPortfolio(args.project());
            case ORDERS -> ordersCommand(args);
            case LOGS -> logsCommand(args);
            case DEPLOY -> deployCommand(args);
            case STOP -> args.onlyWordIs(KILL_SWITCH_WORD) ? killSwitch(args, LiveCommand.StopAll::new)
                    : new LiveCommand.Stop(args.project());
            case LIQUIDATE -> args.onlyWordIs(KILL_SWITCH_WORD) ? killSwitch(args, LiveCommand.LiquidateAll::new)
                    : new LiveCommand.Liquidate(args.project());
            case SUBSCRIBE -> SubscriptionGrammar.subscribe(args);
            case SNOOZE -> SubscriptionGrammar.snooze(args);
            case UNSUBSCRIBE -> new LiveCommand.Unsubscribe();
            case SUBSCRIPTIONS -> new LiveCommand.ShowSubscriptions();
            case AUDIT -> auditCommand(args);
            case WHOAMI -> new LiveCommand.WhoAmI();
            case HELP -> new LiveCommand.Help(args.next().map(topic -> CommandName.fromWord(LIVE_PREFIX.matcher(topic).replaceFirst(""))
                    .orElseThrow(() -> new BadInput("There is no command '" + printable(topic) + "'."))));
            case CONFIRM -> new Confirm(args.code());
            case CANCEL -> new Cancel(args.code());
            case APPROVE -> new Approve(args.code());
            case PNL -> ReportGrammar.pnl(args);
            case DIGEST -> ReportGrammar.digest(args);
            case INSIGHTS -> AlgorithmCommandGrammar.insights(args);
            case COMMAND -> AlgorithmCommandGrammar.command(args);
            case BROADCAST -> AlgorithmCommandGrammar.broadcast(args);
            case CHART -> chartCommand(args);
        };
        args.expectEnd();
        return command;
    }

    private LiveCommand listCommand(CommandArguments args) {
        int page = args.intOption("--page", 1, 1, 10_000);
        Optional<LiveStatus> status = args.next().map(CommandParser::status);
        return new LiveCommand.ListDeployments(status, page);
    }

    private LiveCommand ordersCommand(CommandArguments args) {
        int count = args.trailingCount(DEFAULT_ORDERS, MAX_ORDERS);
        return new LiveCommand.ShowOrders(args.project(), count);
    }

    private LiveCommand logsCommand(CommandArguments args) {
        int count = args.trailingCount(DEFAULT_LOGS, MAX_LOGS);
        return new LiveCommand.ShowLogs(args.project(), count);
    }

    /** The period is the last word when it looks like one, so a project name before it may have spaces. */
    private LiveCommand chartCommand(CommandArguments args) {
        ChartPeriod period = ChartPeriod.DEFAULT;
        if (args.positionalCount() >= 2) {
            String last = args.peekLast();
            Optional<ChartPeriod> named = ChartPeriod.fromWord(last);
            if (named.isPresent()) {
                period = named.get();
                args.last();
            } else if (PERIOD_LIKE.matcher(last).matches()) {
                throw new BadInput("'" + printable(last) + "' is not a chart period; use " + ChartPeriod.choices()
                        + ".");
            }
        }
        return new LiveCommand.ShowChart(args.project(), period);
    }

    private LiveCommand deployCommand(CommandArguments args) {
        Optional<String> node = args.option("--node");
        Optional<String> brokerage = args.option("--brokerage");
        return new LiveCommand.Deploy(args.project(), node, brokerage);
    }

    /**
     * {@code audit 50} is a count, {@code audit momentum} or {@code audit 23456789} a project, {@code audit Crypto
     * Basis 50} a project with spaces and a count.
     */
    private LiveCommand auditCommand(CommandArguments args) {
        List<String> rest = args.rest();
        if (rest.size() == 1 && UP_TO_3_DIGITS.matcher(rest.get(0)).matches()) {
            return new LiveCommand.ShowAudit(Optional.empty(), count(rest.get(0), MAX_AUDIT));
        }
        if (rest.size() >= 2 && DIGITS.matcher(rest.get(rest.size() - 1)).matches()) {
            return new LiveCommand.ShowAudit(Optional.of(String.join(" ", rest.subList(0, rest.size() - 1))),
                    count(rest.get(rest.size() - 1), MAX_AUDIT));
        }
        return new LiveCommand.ShowAudit(rest.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", rest)),
                DEFAULT_AUDIT);
    }

    /** One of the {@link LiveStatus#nameable()} statuses, or one sentence listing them. */
    static LiveStatus status(String word) {
        return LiveStatus.parse(word).orElseThrow(() -> {
            List<String> known = LiveStatus.nameable().stream().map(LiveStatus::wireName).toList();
            String guess = Suggestions.closest(word, known).map(match -> " (did you mean " + match + "?)").orElse("");
            return new BadInput("'" + printable(word) + "' is not a deployment status" + guess + "; the statuses are "
                    + String.join(", ", known) + ".");
        });
    }

    static int count(String word, int max) {
        if (!UP_TO_9_DIGITS.matcher(word).matches()) {
            throw new BadInput("'" + printable(word) + "' is not a number.");
        }
        int value = Integer.parseInt(word);
        if (value < 1 || value > max) {
            throw new BadInput("The count must be between 1 and " + max + ", not " + value + ".");
        }
        return value;
    }

    private static String didYouMean(String typed, List<String> known) {
        return Suggestions.closest(typed, known).map(match -> " Did you mean " + match + "?").orElse("");
    }

    /** Echoes user input safely: shortened, so a reply never carries a paste back. */
    static String printable(String word) {
        return printable(word, 40);
    }

    /** Typed text as a reply may show it: inert (see {@link Visible}) and at most {@code max} characters. */
    static String printable(String text, int max) {
        return Shorten.to(Visible.of(text), max);
    }

    /** stop all and liquidate all, narrowed by an optional --project glob. */
    private static LiveCommand killSwitch(CommandArguments args,
                                          Function<Optional<String>, LiveCommand> command) {
        args.rest();
        return command.apply(args.option("--project").map(CommandParser::projectPattern));
    }

    /** A --project glob of project names: letters, digits, / . _ - and the wildcards * and ?. */
    static String projectPattern(String pattern) {
        if (!PROJECT_PATTERN.matcher(pattern).matches()) {
            throw new BadInput("'" + printable(pattern) + "' is not a project name pattern; use letters, digits, "
                    + "/ . _ - and the wildcards * and ?.");
        }
        return pattern;
    }
}
