package dev.liveops.quantconnect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * QuantConnect's dates come in two spellings: ISO-8601 in the docs ({@code 2021-11-26T15:18:27.693Z}) and
 * {@code 2024-07-10 19:12:20} in practice (lean-cli parses that). Both are UTC; a date without an offset is UTC too.
 */
public final class QuantConnectDates {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private QuantConnectDates() {
    }

    /** The instant, or empty for null, blank or a spelling neither format knows. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(trimmed, LOCAL).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }
}
