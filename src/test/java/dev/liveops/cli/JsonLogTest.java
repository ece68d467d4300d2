package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.config.LoggingConfig;
import dev.liveops.sandbox.QuantConnectSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * LOG_FORMAT=json (or the config's logging.format) writes one JSON object per line through the real logging setup,
 * each line carrying the ids of the command it belongs to, and never a secret from the environment.
 */
class JsonLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_VARIABLE = "QC_TOKEN";
    private static final String OTHER_SECRET = "slack-bot-token-never-logged-0451";

    @TempDir
    Path folder;

    private QuantConnectSandbox sandbox;

    @BeforeEach
    void setUp() {
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void aCommandsLinesCarryItsIdsAndNoSecret() throws IOException {
        Path config = writeConfig("");

        Terminal.Result result = terminal(Map.of("LOG_FORMAT", "json")).run("liquidate momentum\nyes\n",
                "console", "-c", config.toString());

        assertThat(result.exit()).isZero();
        List<JsonNode> lines = jsonLines(Files.readString(folder.resolve("liveops.log")));
        JsonNode requested = only(lines, "REQUESTED");
        JsonNode confirmed = only(lines, "CONFIRMED");
        assertThat(requested.path("request_id").asText()).matches("[0-9a-f]{8}");
        assertThat(confirmed.path("request_id").asText()).matches("[0-9a-f]{8}")
                .isNotEqualTo(requested.path("request_id").asText());
        assertThat(requested.path("command").asText()).isEqualTo("liquidate");
        assertThat(confirmed.path("command").asText()).isEqualTo("confirm");
        for (JsonNode line : List.of(requested, confirmed)) {
            assertThat(line.path("platform").asText()).isEqualTo("console");
            assertThat(line.path("user").asText()).isEqualTo("alice");
            assertThat(line.path("project").asText()).isEqualTo("Live/Momentum");
            assertThat(line.path("deploy_id").asText()).startsWith("L-");
            assertThat(line.path("level").asText()).isEqualTo("INFO");
            assertThat(line.path("@timestamp").asText()).endsWith("Z");
        }
        assertThat(confirmed.path("action_code").asText()).matches("[A-Z0-9]{6}")
                .isEqualTo(requested.path("action_code").asText());
        assertThat(result.out()).contains(confirmed.path("action_code").asText());
        String everything = Files.readString(folder.resolve("liveops.log")) + result.err();
        assertThat(everything).doesNotContain(sandbox.apiToken()).doesNotContain(OTHER_SECRET);
    }

    @Test
    void theConfigKeyChoosesJsonAndTheEnvironmentOverridesIt() throws IOException {
        Path config = writeConfig("\"logging\": {\"format\": \"json\"},");

        terminal(Map.of()).run("whoami\n", "console", "-c", config.toString());
        List<JsonNode> fromConfig = jsonLines(Files.readString(folder.resolve("liveops.log")));
        Files.delete(folder.resolve("liveops.log"));
        terminal(Map.of("LOG_FORMAT", "text")).run("whoami\n", "console", "-c", config.toString());
        String overridden = Files.readString(folder.resolve("liveops.log"));

        assertThat(fromConfig).anySatisfy(line -> assertThat(line.path("command").asText()).isEqualTo("whoami"));
        assertThat(overridden).startsWith("20").contains(" INFO  [main] dev.liveops.audit - ");
    }

    @Test
    void standardErrorCarriesJsonLinesForCommandsThatLogThere() throws IOException {
        Path config = writeConfig("");

        Terminal.Result result = terminal(Map.of("LOG_FORMAT", "JSON")).run("", "check", "-c", config.toString());

        assertThat(result.exit()).isZero();
        assertThat(jsonLines(result.err())).anySatisfy(line -> assertThat(line.path("message").asText())
                .startsWith("Loading configuration from"));
        assertThat(result.err()).doesNotContain(sandbox.apiToken());
    }

    @Test
    void anUnknownFormatIsOneSentence() throws IOException {
        Path config = writeConfig("");

        Terminal.Result result = terminal(Map.of("LOG_FORMAT", "yaml\nforged")).run("", "check", "-c",
                config.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip())
                .isEqualTo("LOG_FORMAT is 'yaml\\nforged'; set it to text or json, or leave it unset for text.");
    }

    @Test
    void eachEventStaysOnOneLineAndKeepsItsText() throws IOException {
        Path file = folder.resolve("liveops.log");
        String hostile = "alice\n{\"level\":\"ERROR\"}\r\u001b[2K\u0000\u007f\u0085\u2028\u2029\u202e";
        Logger log = LoggerFactory.getLogger("dev.liveops.cli.JsonLogTest");

        try (LogOutput ignored = LogOutput.toFile(file, Map.of("LOG_FORMAT", "json"), LoggingConfig.DEFAULT)) {
            log.warn("{} ran", hostile, new IllegalStateException("boom\n" + hostile));
        }

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).hasLineCount(1).endsWith("\n");
        assertThat(written.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c >= 0x2028)
                .count()).isEqualTo(1);
        JsonNode line = jsonLines(written).get(0);
        assertThat(line.path("message").asText()).isEqualTo(hostile + " ran");
        assertThat(line.path("stack_trace").asText()).startsWith("java.lang.IllegalStateException: boom\n" + hostile);
    }

    @Test
    void contextOtherThanLiveOpsOwnIdsNeverReachesALine() throws IOException {
        Path file = folder.resolve("liveops.log");
        Logger log = LoggerFactory.getLogger("dev.liveops.cli.JsonLogTest");

        try (LogOutput ignored = LogOutput.toFile(file, Map.of("LOG_FORMAT", "json"), LoggingConfig.DEFAULT)) {
            MDC.put("authorization", OTHER_SECRET);
            log.info("a library's request");
        } finally {
            MDC.remove("authorization");
        }

        assertThat(Files.readString(file)).contains("a library's request").doesNotContain(OTHER_SECRET)
                .doesNotContain("authorization");
    }

    private Terminal terminal(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put(TOKEN_VARIABLE, sandbox.apiToken());
        env.put("SLACK_BOT_TOKEN", OTHER_SECRET);
        return new Terminal("alice", env, folder);
    }

    private Path writeConfig(String extraKeys) throws IOException {
        Path file = folder.resolve("bot-config.json");
        Files.writeString(file, """
                {
                  "quantconnect": {"userId": "%s", "apiToken": "${%s}", "baseUrl": "%s"},
                  "store": {"url": "jdbc:sqlite:%s"},
                  "actions": {"requireApproval": ["liquidate"]},
                  %s
                  "access": {"users": [{"name": "Alice Smith", "roles": ["admin"], "consoleUser": "alice"}]}
                }
                """.formatted(sandbox.userId(), TOKEN_VARIABLE, sandbox.baseUrl(), folder.resolve("json.db"),
                extraKeys));
        return file;
    }

    private static List<JsonNode> jsonLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException notJson) {
                throw new UncheckedIOException("Not a JSON line: " + line, notJson);
            }
        }).toList();
    }

    /** The one audit line of this step. */
    private static JsonNode only(List<JsonNode> lines, String step) {
        List<JsonNode> matching = lines.stream()
                .filter(line -> line.path("logger_name").asText().equals("dev.liveops.audit"))
                .filter(line -> line.path("message").asText().contains(" " + step + " ")).toList();
        assertThat(matching).as(step + " in " + lines).hasSize(1);
        return matching.get(0);
    }
}
