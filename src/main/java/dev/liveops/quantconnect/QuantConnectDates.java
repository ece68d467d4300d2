package dev.liveops.quantconnect;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/**
 * QuantConnect's dates come in two spellings: ISO-8601 in the docs ({@code 2021-11-26T15:18:27.693Z}) and
 * {@code 2024-07-10 19:12:20} in practice (lean-cli parses that). Both are UTC; a date without an offset is UTC too.
 * A {@code live/list} answer carries one or two dates per deployment, so the usual spelling is read without a
 * formatter and no spelling is tried by failing: an exception per date cost seconds at 100k deployments.
 */
public final class QuantConnectDates {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final String USUAL_SHAPE = "dddd-dd-dd dd:dd:dd";

    private QuantConnectDates() {
    }

    /** The instant, or empty for null, blank or a spelling neither format knows. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        Optional<Instant> usual = usualSpelling(trimmed);
        if (usual.isPresent()) {
            return usual;
        }
        for (Spelling spelling : likelyFirst(trimmed)) {
            Optional<Instant> parsed = spelling.parse(trimmed);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** {@code yyyy-MM-dd HH:mm:ss} (or with a T) with valid values; empty for anything else, left to the formatters. */
    private static Optional<Instant> usualSpelling(String text) {
        if (text.length() != USUAL_SHAPE.length()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean fits = switch (USUAL_SHAPE.charAt(i)) {
                case 'd' -> c >= '0' && c <= '9';
                case ' ' -> c == ' ' || c == 'T';
                default -> c == USUAL_SHAPE.charAt(i);
            };
            if (!fits) {
                return Optional.empty();
            }
        }
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty(); // days 29-31 depend on the month: the formatter decides, as it always has
        }
        return Optional.of(LocalDateTime.of(number(text, 0, 4), month, day, hour, minute, second)
                .toInstant(ZoneOffset.UTC));
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** A spelling with an offset or Z is tried as ISO-8601 with offset first; either way, both are tried. */
    private static List<Spelling> likelyFirst(String text) {
        char last = Character.toUpperCase(text.charAt(text.length() - 1));
        boolean offset = last == 'Z' || text.indexOf('+', 10) >= 0 || text.indexOf('-', 10) >= 0;
        return offset ? List.of(Spelling.WITH_OFFSET, Spelling.WITHOUT_OFFSET)
                : List.of(Spelling.WITHOUT_OFFSET, Spelling.WITH_OFFSET);
    }

    private enum Spelling {
        WITH_OFFSET {
            @Override
            Instant read(String text) {
                return OffsetDateTime.parse(text).toInstant();
            }
        },
        WITHOUT_OFFSET {
            @Override
            Instant read(String text) {
                return LocalDateTime.parse(text, LOCAL).toInstant(ZoneOffset.UTC);
            }
        };

        abstract Instant read(String text);

        /** Only a text of the other spelling or a malformed one gets here and throws: neither is the usual case. */
        Optional<Instant> parse(String text) {
            try {
                return Optional.of(read(text));
            } catch (DateTimeException notThisSpelling) {
                return Optional.empty();
            }
        }
    }
}
