package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The few top-level fields of an answer that say whether it succeeded, read without building the rest: a
 * {@code live/list} of 100,000 deployments is then bound once, straight from its bytes, instead of into a tree first.
 * One large field can be read in the same pass ({@link Payload}), so that its tokens are not read twice.
 */
final class EnvelopeFields {
    private static final Set<String> READ = Set.of("success", "errors", "messages", "Message", "status", "progress");

    private EnvelopeFields() {
    }

    /** Reads one field's value; the parser is on the value's first token and must be left on its last. */
    @FunctionalInterface
    interface FieldReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** A field read in the envelope's pass, and what it is when the answer lacks it. Keep one per field: a constant. */
    record Payload<T>(String field, FieldReader<T> reader, T whenAbsent) {
    }

    /**
     * The envelope, and the payload as read or why it could not be: a payload of the wrong shape is for the caller
     * to report once the envelope is known good, since a refusal's list may be anything.
     */
    record Read(JsonNode envelope, Object payload, Exception unreadablePayload) {
    }

    /** The envelope's own fields as an object; a body that is not an object comes back whole, as it is. */
    static JsonNode read(ObjectMapper json, byte[] body) throws IOException {
        return read(json, body, null).envelope();
    }

    /** The same, reading {@code payload}'s field on the way when there is one. */
    static Read read(ObjectMapper json, byte[] body, Payload<?> payload) throws IOException {
        try {
            return pass(json, body, payload);
        } catch (JsonMappingException | InputCoercionException | RuntimeException wrongShape) {
            // RuntimeException too: a value binder run at the root (a date beyond Instant's range) is not wrapped.
            return new Read(pass(json, body, null).envelope(), null, wrongShape);
        }
    }

    private static Read pass(ObjectMapper json, byte[] body, Payload<?> payload) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Read(json.missingNode(), null, null);
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode whole = json.readTree(parser);
                return new Read(whole == null ? json.missingNode() : whole, null, null);
            }
            ObjectNode envelope = json.createObjectNode();
            Object read = payload == null ? null : payload.whenAbsent();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (READ.contains(name)) {
                    envelope.set(name, json.readTree(parser));
                } else if (payload != null && name.equals(payload.field())) {
                    read = payload.reader().read(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "the answer's object is not closed");
            }
            return new Read(envelope, read, null);
        }
    }

    /** lean-cli's order of places where QuantConnect puts its error text. */
    static List<String> errors(JsonNode envelope) {
        List<String> errors = new ArrayList<>();
        for (String field : List.of("errors", "messages")) {
            envelope.path(field).forEach(error -> {
                if (error.isTextual() && !error.asText().isBlank()) {
                    errors.add(error.asText().trim());
                }
            });
            if (!errors.isEmpty()) {
                return errors;
            }
        }
        JsonNode message = envelope.path("Message");
        if (message.isTextual() && !message.asText().isBlank()) {
            errors.add(message.asText().trim());
        }
        return errors;
    }
}
