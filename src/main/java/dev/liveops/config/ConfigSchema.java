package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ApplyDefaultsStrategy;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema of bot-config.json (draft 2020-12), which is also its reference documentation: types, required
 * keys, allowed keys and defaults all live there, not in Java.
 */
final class ConfigSchema {
    static final String RESOURCE = "dev/liveops/config/bot-config.schema.json";

    private final JsonSchema schema;
    private final SchemaMessages messages;

    ConfigSchema() {
        JsonNode document = read();
        // "errorMessage" (the plain-English rule beside each pattern) is ours: declared so the validator accepts it.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new NonValidationKeyword("errorMessage"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(metaSchema));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .applyDefaultsStrategy(new ApplyDefaultsStrategy(true, false, false))
                .build();
        this.schema = factory.getSchema(SchemaLocation.of("classpath:" + RESOURCE), document, config);
        this.messages = new SchemaMessages(document);
    }

    /**
     * Every schema violation as a user-facing problem, except those at {@code skipped} paths: values whose
     * {@code ${VAR}} could not be resolved still hold the reference text, which says nothing about the real value.
     */
    List<ConfigProblem> validate(JsonNode tree, Set<String> skipped) {
        return schema.validate(tree).stream()
                .filter(message -> !skipped.contains(message.getInstanceLocation().toString()))
                .map(messages::translate)
                .distinct()
                .toList();
    }

    /** A copy of a valid tree with every absent key that has a schema {@code default} filled in. */
    JsonNode withDefaults(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        schema.walk(copy, false);
        return copy;
    }

    private static JsonNode read() {
        try (InputStream in = ConfigSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The config schema " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The config schema " + RESOURCE + " cannot be read", e);
        }
    }
}
