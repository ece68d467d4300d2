package dev.liveops.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/** Config texts for tests: a minimal valid file, and edits of it at a JSON pointer. */
final class TestConfigs {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Values of every variable the example file references; each is unique so a test can look for leaks. */
    static final Map<String, String> ENV = Map.of(
            "QC_API_TOKEN", "qc-token-value-0001",
            "IB_PASSWORD", "ib-password-value-0002",
            "TRADIER_ACCESS_TOKEN", "tradier-token-value-0003",
            "BINANCE_API_KEY", "binance-key-value-0004",
            "BINANCE_API_SECRET", "binance-secret-value-0005",
            "DISCORD_TOKEN", "discord-token-value-0006",
            "SLACK_BOT_TOKEN", "slack-bot-value-0007",
            "SLACK_APP_TOKEN", "xapp-slack-app-value-0008",
            "SLACK_SIGNING_SECRET", "slack-signing-value-0009");

    static final String MINIMAL = """
            {
              "quantconnect": {
                "userId": "123456",
                "apiToken": "${QC_API_TOKEN}"
              }
            }
            """;

    private TestConfigs() {
    }

    /** {@code base} with the JSON {@code value} set at {@code pointer}; missing parent objects are created. */
    static String with(String base, String pointer, String value) {
        ObjectNode root = read(base);
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.withObject(at.head());
        JsonNode node = read("[" + value + "]").get(0);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), node);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
        }
        return write(root);
    }

    static String with(String pointer, String value) {
        return with(MINIMAL, pointer, value);
    }

    /** {@code base} without the key at {@code pointer}. */
    static String without(String base, String pointer) {
        ObjectNode root = read(base);
        JsonPointer at = JsonPointer.compile(pointer);
        ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
        return write(root);
    }

    private static <T extends JsonNode> T read(String json) {
        try {
            @SuppressWarnings("unchecked")
            T node = (T) MAPPER.readTree(json);
            return node;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
