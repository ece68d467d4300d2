package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How LiveOps writes its log. The environment variable {@code LOG_FORMAT} overrides the format (see the command line).
 *
 * @param format text for people at a terminal, json (one object per line) for a log collector
 */
public record LoggingConfig(Format format) {
    /** Also the schema's default; a test keeps the two equal. */
    public static final LoggingConfig DEFAULT = new LoggingConfig(Format.TEXT);

    public LoggingConfig {
        Objects.requireNonNull(format, "format");
    }

    public enum Format {
        /** One human-readable line per event, values from outside escaped. */
        @JsonProperty("text") TEXT,
        /** One JSON object per line, with the ids of the command or notification it belongs to. */
        @JsonProperty("json") JSON
    }
}
