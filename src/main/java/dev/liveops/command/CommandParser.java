package dev.liveops.command;

import dev.liveops.command.LiveCommand.Approve;
import dev.liveops.command.LiveCommand.Cancel;
import dev.liveops.command.LiveCommand.Confirm;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.command.Tokenizer.BadInput;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.text.Shorten;
import dev.liveops.text.Suggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    static final Duration MIN_SNOOZE = Duration.ofMinutes(1);
    static final Duration MAX_SNOOZE = Duration.ofDays(7);
    private static final Pattern SNOOZE_PART = Pattern.compile("(\\d{1,4})([mhd])");

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
                return new Parsed(build(name.get(), new Arguments(words)));
            } catch (BadInput bad) {
                return new Rejected(bad.getMessage(), name);
            }
        } catch (BadInput bad) {
            return new Rejected(bad.getMessage(), Optional.empty());
        }
    }

    private LiveCommand build(CommandName name, Arguments args) {
        LiveCommand command = switch (name) {
            case LIST -> listCommand(args);
            case READ -> new LiveCommand.Read(args.project());
            case PORTFOLIO -> new LiveCommand.ShowPortfolio(args.project());
            case ORDERS -> new LiveCommand.ShowOrders(args.project(), args.optionalCount(DEFAULT_ORDERS, MAX_ORDERS));
            case LOGS -> new LiveCommand.ShowLogs(args.project(), args.optionalCount(DEFAULT_LOGS, MAX_LOGS));
            case DEPLOY -> deployCommand(args);
            case STOP -> new LiveCommand.Stop(args.project());
            case LIQUIDATE -> new LiveCommand.Liquidate(args.project());
            case SUBSCRIBE -> subscribeCommand(args);
            case SNOOZE -> new LiveCommand.Snooze(args.project(), snoozeLength(args.next().orElseThrow(
                    () -> new BadInput("Say for how long, e.g. 2h, or off."))));
            case UNSUBSCRIBE -> new LiveCommand.Unsubscribe();
            case SUBSCRIPTIONS -> new LiveCommand.ShowSubscriptions();
            case AUDIT -> auditCommand(args);
            case WHOAMI -> new LiveCommand.WhoAmI();
            case HELP -> new LiveCommand.Help(args.next().map(topic -> CommandName.fromWord(topic.replaceFirst("^/live\\s*", ""))
                    .orElseThrow(() -> new BadInput("There is no command '" + printable(topic) + "'."))));
            case CONFIRM -> new Confirm(args.code());
            case CANCEL -> new Cancel(args.code());
            case APPROVE -> new Approve(args.code());
        };
        args.expectEnd();
        return command;
    }

    private LiveCommand listCommand(Arguments args) {
        int page = args.intOption("--page", 1, 1, 10_000);
        Optional<LiveStatus> status = args.next().map(CommandParser::status);
        return new LiveCommand.ListDeployments(status, page);
    }

    private LiveCommand deployCommand(Arguments args) {
        Optional<String> node = args.option("--node");
        Optional<String> brokerage = args.option("--brokerage");
        return new LiveCommand.Deploy(args.project(), node, brokerage);
    }

    private LiveCommand subscribeCommand(Arguments args) {
        String project = args.option("--project").orElse("*");
        if (!project.matches("[\\p{L}\\p{N} /._*?-]{1,100}")) {
            throw new BadInput("'" + printable(project) + "' is not a project name pattern; use letters, digits, "
                    + "/ . _ - and the wildcards * and ?.");
        }
        return new LiveCommand.Subscribe(statuses(args.rest()), project);
    }

    /** 30m, 2h, 1d, 1h30m; at most a week, so a forgotten snooze cannot silence a project for good. */
    static Optional<Duration> snoozeLength(String word) {
        String text = word.toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("0")) {
            return Optional.empty();
        }
        Matcher parts = SNOOZE_PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (parts.find() && parts.start() == end) {
            long amount = Long.parseLong(parts.group(1));
            total = total.plus(switch (parts.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
            end = parts.end();
        }
        if (end == 0 || end != text.length()) {
            throw new BadInput("'" + printable(word) + "' is not a duration; write it like 30m, 2h, 1d or 1h30m.");
        }
        if (total.compareTo(MIN_SNOOZE) < 0 || total.compareTo(MAX_SNOOZE) > 0) {
            throw new BadInput("A snooze lasts from 1 minute to 7 days.");
        }
        return Optional.of(total);
    }

    /** {@code audit 50} is a count, {@code audit momentum} or {@code audit 23456789} a project. */
    private LiveCommand auditCommand(Arguments args) {
        List<String> rest = args.rest();
        if (rest.size() > 2) {
            throw new BadInput("audit takes at most a project and a count.");
        }
        if (rest.size() == 2) {
            return new LiveCommand.ShowAudit(Optional.of(rest.get(0)), count(rest.get(1), MAX_AUDIT));
        }
        if (rest.size() == 1 && rest.get(0).matches("\\d{1,3}")) {
            return new LiveCommand.ShowAudit(Optional.empty(), count(rest.get(0), MAX_AUDIT));
        }
        return new LiveCommand.ShowAudit(rest.stream().findFirst(), DEFAULT_AUDIT);
    }

    private static Set<LiveStatus> statuses(List<String> words) {
        Set<LiveStatus> statuses = EnumSet.noneOf(LiveStatus.class);
        words.stream().flatMap(word -> Arrays.stream(word.split(","))).filter(word -> !word.isBlank())
                .forEach(word -> statuses.add(status(word)));
        return statuses;
    }

    static LiveStatus status(String word) {
        return LiveStatus.parse(word).filter(status -> status != LiveStatus.UNKNOWN).orElseThrow(() -> {
            List<String> known = Arrays.stream(LiveStatus.values()).filter(s -> s != LiveStatus.UNKNOWN)
                    .map(LiveStatus::wireName).toList();
            return new BadInput("'" + printable(word) + "' is not a deployment status."
                    + didYouMean(word, known) + " Statuses: " + String.join(", ", known) + ".");
        });
    }

    private static int count(String word, int max) {
        if (!word.matches("\\d{1,9}")) {
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
        return Shorten.to(word, 40);
    }

    /** The words after the subcommand: options are taken out first, positionals are consumed in order. */
    private static final class Arguments {
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<String> positionals = new ArrayList<>();

        Arguments(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.startsWith("--")) {
                    int equals = word.indexOf('=');
                    String key = (equals < 0 ? word : word.substring(0, equals)).toLowerCase(Locale.ROOT);
                    String value = equals >= 0 ? word.substring(equals + 1)
                            : i + 1 < words.size() ? words.get(++i) : null;
                    if (value == null || value.isBlank()) {
                        throw new BadInput("The option " + printable(key) + " needs a value.");
                    }
                    if (options.put(key, value) != null) {
                        throw new BadInput("The option " + printable(key) + " is given twice.");
                    }
                } else {
                    positionals.add(word);
                }
            }
        }

        Optional<String> option(String key) {
            return Optional.ofNullable(options.remove(key));
        }

        int intOption(String key, int fallback, int min, int max) {
            return option(key).map(value -> {
                if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                    throw new BadInput(key + " takes a number from " + min + " to " + max + ", not '"
                            + printable(value) + "'.");
                }
                return Integer.parseInt(value);
            }).orElse(fallback);
        }

        Optional<String> next() {
            return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.remove(0));
        }

        String project() {
            String project = next().orElseThrow(() -> new BadInput("Name a project, by name or id."));
            if (project.isBlank()) {
                throw new BadInput("The project name is empty.");
            }
            return project;
        }

        String code() {
            String code = next().orElseThrow(() -> new BadInput("Give the confirmation code shown with the request."));
            if (!code.matches("[A-Za-z0-9-]{1,40}")) {
                throw new BadInput("'" + printable(code) + "' is not a confirmation code.");
            }
            return code;
        }

        int optionalCount(int fallback, int max) {
            return next().map(word -> count(word, max)).orElse(fallback);
        }

        List<String> rest() {
            List<String> rest = List.copyOf(positionals);
            positionals.clear();
            return rest;
        }

        void expectEnd() {
            if (!options.isEmpty()) {
                throw new BadInput("Unknown option " + printable(options.keySet().iterator().next()) + ".");
            }
            if (!positionals.isEmpty()) {
                throw new BadInput("Unexpected '" + printable(positionals.stream().collect(Collectors.joining(" ")))
                        + "'.");
            }
        }
    }
}
