package dev.liveops.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose.yaml, which no Docker engine here can run: two replicas on one PostgreSQL, each with the config and
 * a volume, and a config that passes the schema with exactly the environment compose gives it.
 */
class DeployComposeTest {
    private static final Path COMPOSE = Path.of("deploy/compose.yaml");
    private static final Path CONFIG = Path.of("deploy/bot-config.json");
    private static final List<String> REPLICAS = List.of("liveops-a", "liveops-b");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(?::([?-])([^}]*))?}");
    private static final Pattern CONFIG_VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");
    /** What an operator's .env would hold: ids in the shapes the schema wants, the rest opaque. */
    private static final Map<String, String> OPERATOR = Map.of("QC_USER_ID", "123456",
            "DISCORD_GUILD_ID", "112233445566778899", "SLACK_ALERTS_CHANNEL", "C0123ABCD",
            "LIVEOPS_ADMIN_SLACK_ID", "U0123ABCD");

    private final JsonNode services;

    DeployComposeTest() throws IOException {
        services = new YAMLMapper().readTree(COMPOSE.toFile()).get("services");
    }

    @Test
    void twoReplicasWaitForOnePostgresAndEachMountsTheConfigAndAVolumeOfItsOwn() throws IOException {
        JsonNode declared = new YAMLMapper().readTree(COMPOSE.toFile()).get("volumes");
        for (String name : REPLICAS) {
            JsonNode replica = services.get(name);
            assertThat(replica.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
            List<String> volumes = new ArrayList<>();
            replica.get("volumes").forEach(volume -> volumes.add(volume.asText()));
            assertThat(volumes).containsExactly("./bot-config.json:/config/bot-config.json:ro", name + "-data:/data");
            assertThat(declared.has(name + "-data")).isTrue();
        }
        assertThat(services.at("/postgres/volumes/0").asText()).endsWith(":/var/lib/postgresql/data");
    }

    @Test
    void eachReplicasConfigPassesTheSchemaAndFindsThePostgresService() throws IOException {
        String config = Files.readString(CONFIG);
        JsonNode postgres = services.at("/postgres/environment");
        for (String name : REPLICAS) {
            Map<String, String> env = environment(services.get(name).get("environment"));
            Matcher references = CONFIG_VARIABLE.matcher(config);
            while (references.find()) {
                assertThat(env).as(name + " gives the config's ${" + references.group(1) + "}")
                        .containsKey(references.group(1));
            }

            BotConfig loaded = new ConfigLoader(env).load(CONFIG);

            assertThat(loaded.store().url()).isEqualTo("jdbc:postgresql://postgres:5432/"
                    + postgres.get("POSTGRES_DB").asText());
            assertThat(env.get("LIVEOPS_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER").asText());
            assertThat(services.get(name).at("/environment/LIVEOPS_DB_PASSWORD").asText())
                    .isEqualTo(postgres.get("POSTGRES_PASSWORD").asText());
            assertThat(loaded.discord()).isPresent();
            assertThat(loaded.slack()).isPresent();
        }
    }

    /** The environment compose would set, its ${VAR:?...} and ${VAR:-default} resolved as compose does. */
    private static Map<String, String> environment(JsonNode declared) {
        Map<String, String> env = new HashMap<>();
        declared.fields().forEachRemaining(entry -> {
            Matcher variable = COMPOSE_VARIABLE.matcher(entry.getValue().asText());
            StringBuilder value = new StringBuilder();
            while (variable.find()) {
                String given = OPERATOR.getOrDefault(variable.group(1), "operator-" + variable.group(1));
                if ("-".equals(variable.group(2)) && !OPERATOR.containsKey(variable.group(1))) {
                    given = variable.group(3);
                }
                variable.appendReplacement(value, Matcher.quoteReplacement(given));
            }
            variable.appendTail(value);
            env.put(entry.getKey(), value.toString());
        });
        return env;
    }
}
