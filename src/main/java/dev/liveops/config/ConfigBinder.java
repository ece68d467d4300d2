package dev.liveops.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.JsonNodePath;
import dev.liveops.secret.Secret;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binds a validated, resolved tree (defaults filled in) to the immutable {@link BotConfig} records. */
final class ConfigBinder {
    private static final Logger log = LoggerFactory.getLogger(ConfigBinder.class);

    // Strict on purpose: after validation, any mismatch means the schema and the records disagree (a LiveOps bug).
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new SimpleModule("liveops-config").addDeserializer(Secret.class, new SecretDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    BotConfig bind(JsonNode tree, String source) {
        try {
            return mapper.treeToValue(tree, BotConfig.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "$";
            // Only the path and kind are logged: Jackson's message may quote the value, which may be a secret.
            log.error("Binding the validated config failed at {} ({}): the schema and the records disagree",
                    path, e.getClass().getSimpleName());
            throw ConfigException.of(source, List.of(new ConfigProblem(path,
                    "cannot be turned into settings although it passed validation; this is a LiveOps bug, please"
                            + " report it")));
        }
    }

    private static String pathOf(JsonMappingException e) {
        JsonNodePath path = ConfigPaths.ROOT;
        for (JsonMappingException.Reference step : e.getPath()) {
            path = step.getFieldName() != null ? path.append(step.getFieldName()) : path.append(step.getIndex());
        }
        return path.toString();
    }

    /** A secret is read from a JSON string; {@link Secret} has no Jackson annotations and stays free of them. */
    private static final class SecretDeserializer extends StdScalarDeserializer<Secret> {
        SecretDeserializer() {
            super(Secret.class);
        }

        @Override
        public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Secret) context.handleUnexpectedToken(Secret.class, parser);
            }
            return Secret.of(parser.getText());
        }
    }
}
