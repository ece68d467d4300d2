package dev.liveops.quantconnect;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant usual = usualSpelling(trimmed.toCharArray(), 0, trimmed.length());
        if (usual != null) {
            return Optional.of(usual);
        }
        for (Spelling spelling : likelyFirst(trimmed)) {
            Optional<Instant> parsed = spelling.parse(trimmed);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /**
     * The same, read from a parser's characters: the usual spelling makes no String on the way (a live/list answer
     * has up to 200,000 dates); anything else goes the way of {@link #parse(String)}. Null where that is empty.
     */
    static Instant parse(char[] chars, int offset, int length) {
        Instant usual = usualSpelling(chars, offset, length);
        return usual != null ? usual : parse(new String(chars, offset, length)).orElse(null);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} (or with a T) with valid values; null for anything else, left to the formatters. */
    private static Instant usualSpelling(char[] text, int offset, int length) {
        if (length != USUAL_SHAPE.length()) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = text[offset + i];
            boolean fits = switch (USUAL_SHAPE.charAt(i)) {
                case 'd' -> c >= '0' && c <= '9';
                case ' ' -> c == ' ' || c == 'T';
                default -> c == USUAL_SHAPE.charAt(i);
            };
            if (!fits) {
                return null;
            }
        }
        int month = number(text, offset + 5, 2);
        int day = number(text, offset + 8, 2);
        int hour = number(text, offset + 11, 2);
        int minute = number(text, offset + 14, 2);
        int second = number(text, offset + 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) {
            return null; // days 29-31 depend on the month: the formatter decides, as it always has
        }
        long days = LocalDate.of(number(text, offset, 4), month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    private static int number(char[] text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            value = value * 10 + (text[i] - '0');
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
