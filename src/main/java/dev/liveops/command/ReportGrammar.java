package dev.liveops.command;

import static dev.liveops.command.CommandParser.printable;

import dev.liveops.command.Tokenizer.BadInput;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.equity.PnlPeriod;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of pnl and digest: {@code pnl [project|all] [day|week|month]}, {@code digest daily 17:00
 * Europe/London}, {@code digest weekly friday 17:00 [zone]}, {@code digest off}, and {@code digest} alone to show it.
 */
final class ReportGrammar {
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private ReportGrammar() {
    }

    /** The period is the last word when it names one, so a project name before it may have spaces. */
    static LiveCommand pnl(CommandArguments args) {
        List<String> words = args.rest();
        PnlPeriod period = PnlPeriod.DAY;
        if (!words.isEmpty()) {
            Optional<PnlPeriod> named = PnlPeriod.fromWord(words.get(words.size() - 1));
            if (named.isPresent()) {
                period = named.get();
                words = words.subList(0, words.size() - 1);
            }
        }
        String project = String.join(" ", words).strip();
        return new LiveCommand.ShowPnl(project.isEmpty() || project.equalsIgnoreCase("all") ? Optional.empty()
                : Optional.of(project), period);
    }

    static LiveCommand digest(CommandArguments args) {
        Optional<String> first = args.next();
        if (first.isEmpty()) {
            return new LiveCommand.ManageDigest(Optional.empty(), false);
        }
        String cadence = first.get().toLowerCase(Locale.ROOT);
        switch (cadence) {
            case "off" -> {
                return new LiveCommand.ManageDigest(Optional.empty(), true);
            }
            case "daily" -> {
                LocalTime at = time(args.next());
                return new LiveCommand.ManageDigest(Optional.of(DigestSchedule.daily(at, zone(args.next()))),
                        false);
            }
            case "weekly" -> {
                DayOfWeek day = weekday(args.next());
                LocalTime at = time(args.next());
                return new LiveCommand.ManageDigest(Optional.of(DigestSchedule.weekly(day, at, zone(args.next()))),
                        false);
            }
            default -> throw new BadInput("'" + printable(first.get()) + "' is not daily, weekly or off, e.g. "
                    + "digest daily 17:00 Europe/London.");
        }
    }

    private static LocalTime time(Optional<String> word) {
        String text = word.orElseThrow(() -> new BadInput("Say at what time, e.g. 17:00."));
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            throw new BadInput("'" + printable(text) + "' is not a time of day; write it as 24-hour HH:MM, e.g. "
                    + "17:00.");
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private static DayOfWeek weekday(Optional<String> word) {
        String text = word.orElseThrow(() -> new BadInput("Say which day, e.g. digest weekly friday 17:00."));
        String lower = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> lower.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(lower))
                .findFirst()
                .orElseThrow(() -> new BadInput("'" + printable(text) + "' is not a day of the week; write monday to "
                        + "sunday (mon to sun)."));
    }

    /** A region id such as Europe/London, or UTC; UTC when absent. */
    private static ZoneId zone(Optional<String> word) {
        if (word.isEmpty()) {
            return ZoneOffset.UTC;
        }
        String text = word.get();
        try {
            return text.equalsIgnoreCase("utc") ? ZoneOffset.UTC : ZoneId.of(text);
        } catch (DateTimeException unknown) {
            throw new BadInput("'" + printable(text) + "' is not a time zone; use a region id such as "
                    + "Europe/London or America/New_York, or UTC.");
        }
    }
}
