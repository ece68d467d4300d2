package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * The few top-level fields of an answer that say whether it succeeded, read without building the rest: a
 * {@code live/list} of 100,000 deployments is then bound once, straight from its bytes, instead of into a tree first.
 */
final class EnvelopeFields {
    private static final Set<String> READ = Set.of("success", "errors", "messages", "Message", "status", "progress");

    private EnvelopeFields() {
    }

    /** The envelope's own fields as an object; a body that is not an object comes back whole, as it is. */
    static JsonNode read(ObjectMapper json, byte[] body) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return json.missingNode();
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode whole = json.readTree(parser);
                return whole == null ? json.missingNode() : whole;
            }
            ObjectNode envelope = json.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (READ.contains(name)) {
                    envelope.set(name, json.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "the answer's object is not closed");
            }
            return envelope;
        }
    }
}
