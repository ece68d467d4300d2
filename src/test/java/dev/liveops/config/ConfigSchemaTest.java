package dev.liveops.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.LiveStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The schema is the config's reference documentation: these keep it complete and keep its messages plain. */
class ConfigSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode schema = schema();

    @Test
    void aSubscriptionNamesTheSameTwelveStatusesAsTheCommands() {
        List<String> offered = new ArrayList<>();
        schema.at("/$defs/subscription/properties/statuses/items/enum").forEach(status -> offered.add(status.asText()));

        assertThat(offered).containsExactlyElementsOf(LiveStatus.nameable().stream().map(LiveStatus::wireName).toList());
    }

    @Test
    void everyKeyIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        eachSchema(schema, "#", (pointer, node) -> node.path("properties").properties().forEach(property -> {
            JsonNode definition = property.getValue();
            JsonNode target = definition.has("$ref") ? schema.at(definition.get("$ref").asText().substring(1)) : definition;
            if (!definition.has("description") && !target.has("description")) {
                undocumented.add(pointer + "/properties/" + property.getKey());
            }
        }));

        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyPatternSaysInWordsWhatItWants() {
        List<String> unexplained = new ArrayList<>();
        eachSchema(schema, "#", (pointer, node) -> {
            if (node.has("pattern") && !node.has("errorMessage")) {
                unexplained.add(pointer);
            }
        });

        assertThat(unexplained).isEmpty();
    }

    @Test
    void everyObjectWithKnownKeysRefusesUnknownOnes() {
        List<String> open = new ArrayList<>();
        eachSchema(schema, "#", (pointer, node) -> {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(pointer);
            }
        });

        assertThat(open).isEmpty();
    }

    @Test
    void theExampleShowsEveryKey() throws IOException {
        Set<String> documented = new TreeSet<>();
        eachSchema(schema, "#", (pointer, node) -> node.path("properties").fieldNames().forEachRemaining(documented::add));
        Set<String> shown = new TreeSet<>();
        keysOf(MAPPER.readTree(Path.of("bot-config.example.json").toFile()), shown);

        // The example runs Slack in Socket Mode: the HTTP-mode keys would need a variable it does not use. Its store
        // is SQLite: PostgreSQL's login keys are shown in the README instead.
        assertThat(documented).containsAll(shown);
        Set<String> httpModeOnly = Set.of("signingSecret", "http", "port", "path");
        Set<String> postgresOnly = Set.of("user", "password");
        assertThat(shown).containsAll(documented.stream()
                .filter(key -> !httpModeOnly.contains(key) && !postgresOnly.contains(key)).toList());
    }

    /**
     * Calls {@code visit} for every schema object in the document, with its JSON pointer. The conditions of if/then
     * are left out: they describe values, not keys.
     */
    private static void eachSchema(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
        if (pointer.endsWith("/if")) {
            return;
        }
        if (node.isObject()) {
            visit.accept(pointer, node);
            node.properties().forEach(entry -> eachSchema(entry.getValue(), pointer + "/" + entry.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachSchema(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    /** Key names of the example, leaving out the names of map entries (profiles, roles, settings, ids). */
    private static void keysOf(JsonNode node, Set<String> keys) {
        Set<String> maps = Set.of("brokerages", "settings", "roles", "discordRoles", "slackUserGroups", "commands",
                "payload", "args");
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                keys.add(entry.getKey());
                if (maps.contains(entry.getKey()) && entry.getValue().isObject()) {
                    entry.getValue().forEach(value -> keysOf(value, keys));
                } else {
                    keysOf(entry.getValue(), keys);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> keysOf(item, keys));
        }
    }

    private static JsonNode schema() {
        try (InputStream in = ConfigSchemaTest.class.getClassLoader().getResourceAsStream(ConfigSchema.RESOURCE)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
