package dev.liveops.command;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a declared command argument accepts, and the JSON value a typed word becomes. */
public enum ArgumentType {
    STRING, NUMBER, INTEGER, BOOLEAN;

    private static final Pattern NUMBER_TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,15}");

    /** The name the config uses: {@code string}, {@code number}, {@code integer}, {@code boolean}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArgumentType> fromConfigName(String name) {
        for (ArgumentType type : values()) {
            if (type.configName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The value to send, or empty when the word is not of this type. */
    Optional<Object> parse(String word) {
        String text = word.strip();
        return switch (this) {
            case STRING -> Optional.of(word);
            case NUMBER -> NUMBER_TEXT.matcher(text).matches() ? Optional.of(new BigDecimal(text))
                    : Optional.empty();
            case INTEGER -> INTEGER_TEXT.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Optional.of(Boolean.TRUE);
                case "false", "no" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
        };
    }

    /** "a number", for the sentence that refuses a value. */
    String described() {
        return switch (this) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
        };
    }
}
