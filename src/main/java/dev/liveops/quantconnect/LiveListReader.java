package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the {@code live} list of a {@code live/list} answer straight off the parser, as the watcher does for every
 * deployment of the organisation on every poll: the statuses are the enum's constants, the texts rows repeat are
 * shared ({@link RepeatedText}), dates in QuantConnect's usual spelling make no String, and nothing is buffered per
 * row. What it reads is what binding {@link LiveDeployment} with the client's mapper reads: a value of an unusual
 * shape (a number as text, a date as a number) is handed to that mapper, and unknown fields are skipped.
 */
final class LiveListReader {
    /** Every status by its wire name, as {@link LiveStatus#fromWire} reads it; other spellings go to it. */
    private static final Map<String, LiveStatus> BY_WIRE_NAME = Arrays.stream(LiveStatus.values())
            .collect(Collectors.toUnmodifiableMap(LiveStatus::wireName, LiveStatus::fromWire));

    private final RepeatedText texts = new RepeatedText();

    private LiveListReader() {
    }

    /** The answer's {@code live} field, read in the pass that checks its envelope; none when it lacks one. */
    static final EnvelopeFields.Payload<List<LiveDeployment>> LIVE = new EnvelopeFields.Payload<>("live",
            LiveListReader::read, List.of());

    /** The deployments of a {@code live} value, in its order; none when it is null. */
    static List<LiveDeployment> read(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> List.of();
            case START_ARRAY -> new LiveListReader().rows(parser);
            default -> throw JsonMappingException.from(parser, "live is not a list.");
        };
    }

    private List<LiveDeployment> rows(JsonParser parser) throws IOException {
        List<LiveDeployment> rows = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw JsonMappingException.from(parser, "A deployment in live is not a JSON object.");
            }
            rows.add(row(parser));
        }
        return List.copyOf(rows);
    }

    private LiveDeployment row(JsonParser parser) throws IOException {
        long projectId = 0;
        String deployId = null;
        LiveStatus status = null;
        Instant launched = null;
        Instant stopped = null;
        String brokerage = null;
        String subscription = null;
        BigDecimal equity = null;
        String environment = null;
        String description = null;
        String error = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "projectId" -> projectId = projectId(parser, value);
                case "deployId" -> deployId = value == JsonToken.VALUE_STRING ? parser.getText()
                        : parser.readValueAs(String.class);
                case "status" -> status = status(parser, value);
                case "launched" -> launched = instant(parser, value);
                case "stopped" -> stopped = instant(parser, value);
                case "brokerage" -> brokerage = repeated(parser, value);
                case "subscription" -> subscription = repeated(parser, value);
                case "equity" -> equity = value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT
                        ? parser.getDecimalValue() : parser.readValueAs(BigDecimal.class);
                case "environment" -> environment = repeated(parser, value);
                case "description" -> description = repeated(parser, value);
                case "error" -> error = repeated(parser, value);
                default -> parser.skipChildren();
            }
        }
        return new LiveDeployment(projectId, deployId, status, launched, stopped, brokerage, subscription, equity,
                environment, description, error);
    }

    /** A missing or null id is 0, as binding the record's {@code long} made it. */
    private static long projectId(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        Long id = value == JsonToken.VALUE_NULL ? null : parser.readValueAs(Long.class);
        return id == null ? 0 : id;
    }

    private LiveStatus status(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            String text = texts.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            LiveStatus known = BY_WIRE_NAME.get(text);
            return known != null ? known : LiveStatus.fromWire(text);
        }
        return value == JsonToken.VALUE_NULL ? null : parser.readValueAs(LiveStatus.class);
    }

    private static Instant instant(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> QuantConnectDates.parse(parser.getTextCharacters(), parser.getTextOffset(),
                    parser.getTextLength());
            case VALUE_NULL -> null;
            default -> parser.readValueAs(Instant.class);
        };
    }

    private String repeated(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING
                ? texts.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                : parser.readValueAs(String.class);
    }
}
