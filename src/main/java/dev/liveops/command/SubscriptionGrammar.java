package dev.liveops.command;

import static dev.liveops.command.CommandParser.printable;

import dev.liveops.command.Tokenizer.BadInput;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.OrderAlerts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of subscribe and snooze: {@code subscribe [statuses] [--project glob] [--orders [filled|all|none]]} and
 * {@code snooze project 2h|off}.
 */
final class SubscriptionGrammar {
    static final Duration MIN_SNOOZE = Duration.ofMinutes(1);
    static final Duration MAX_SNOOZE = Duration.ofDays(7);
    private static final Pattern SNOOZE_PART = Pattern.compile("(\\d{1,4})([mhd])");

    private SubscriptionGrammar() {
    }

    static LiveCommand subscribe(CommandArguments args) {
        String project = CommandParser.projectPattern(args.option("--project").orElse("*"));
        OrderAlerts orders = args.option("--orders").map(word -> OrderAlerts.fromWord(word).orElseThrow(() ->
                new BadInput("--orders takes filled, all or none, not '" + printable(word) + "'."))).orElse(OrderAlerts.NONE);
        return new LiveCommand.Subscribe(statuses(args.rest()), project, orders);
    }

    /** A bare {@code --orders} means fills: it gets its value here, so the next word stays a status or option. */
    static List<String> withOrdersValue(List<String> words) {
        List<String> valued = new ArrayList<>(words);
        for (int i = 0; i < valued.size(); i++) {
            boolean valueFollows = i + 1 < valued.size() && OrderAlerts.fromWord(valued.get(i + 1)).isPresent();
            if (valued.get(i).equalsIgnoreCase("--orders") && !valueFollows) {
                valued.set(i, "--orders=filled");
            }
        }
        return valued;
    }

    /** The duration is the last word, so a project name before it may have spaces. */
    static LiveCommand snooze(CommandArguments args) {
        String length = args.last().orElseThrow(() -> new BadInput("Name a project and say for how long, e.g. "
                + "snooze momentum 2h."));
        if (!args.hasMore()) {
            throw new BadInput("Say for how long, e.g. 2h, or off.");
        }
        Optional<Duration> duration;
        try {
            duration = snoozeLength(length);
        } catch (BadInput notADuration) {
            if (length.chars().noneMatch(Character::isDigit)) {
                throw new BadInput("'" + printable(length) + "' is not a duration; a project name with spaces "
                        + "goes in quotes, e.g. snooze \"Crypto Basis\" 2h.");
            }
            throw notADuration;
        }
        return new LiveCommand.Snooze(args.project(), duration);
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

    private static Set<LiveStatus> statuses(List<String> words) {
        Set<LiveStatus> statuses = EnumSet.noneOf(LiveStatus.class);
        words.stream().flatMap(word -> Arrays.stream(word.split(","))).filter(word -> !word.isBlank())
                .forEach(word -> statuses.add(CommandParser.status(word)));
        return statuses;
    }
}
