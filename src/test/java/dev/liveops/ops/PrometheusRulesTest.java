package dev.liveops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.Operations;
import dev.liveops.config.OpsConfig;
import dev.liveops.testing.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** deploy/prometheus-rules.yaml parses, has the alerts the README promises, and names only metrics LiveOps exposes. */
class PrometheusRulesTest {
    private static final Path RULES = Path.of("deploy/prometheus-rules.yaml");
    /** PromQL's functions, aggregations and operators the rules use: words in an expression that are no metric. */
    private static final Set<String> PROMQL = Set.of("time", "absent", "sum", "by", "increase", "rate", "deriv",
            "and", "or", "unless", "on", "ignoring");
    /** Prometheus writes {@code up} for every target itself. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void theRulesAlertOnWhatTheReadmePromises() throws Exception {
        Map<String, JsonNode> alerts = alerts();

        assertThat(alerts).containsOnlyKeys("LiveOpsDown", "LiveOpsWatcherStalled", "LiveOpsQuantConnectUnreachable",
                "LiveOpsNotificationsFailing", "LiveOpsOutboxGrowing");
        assertThat(alerts.get("LiveOpsQuantConnectUnreachable").path("for").asText()).isEqualTo("5m");
        alerts.values().forEach(rule -> assertThat(rule.path("annotations").path("summary").asText()).isNotBlank());
    }

    @Test
    void everyMetricTheRulesNameIsOneLiveOpsExposes() throws Exception {
        Set<String> exposed = scrapedNamesAfterACommandAndAWatcherCycle();

        for (Map.Entry<String, JsonNode> alert : alerts().entrySet()) {
            Set<String> named = metricsIn(alert.getValue().path("expr").asText());
            assertThat(named).as(alert.getKey() + " names metrics").isNotEmpty();
            Set<String> unknown = new TreeSet<>(named);
            unknown.removeAll(exposed);
            unknown.removeAll(FROM_PROMETHEUS);
            assertThat(unknown).as(alert.getKey() + ": names LiveOps does not expose").isEmpty();
        }
    }

    @Test
    void theNameFinderSkipsPromQlLabelsAndDurations() {
        assertThat(metricsIn("sum by (platform) (increase(liveops_bogus_total{outcome=~\"failed|sent\"}[15m])) > 0"
                + " unless time() - up{job=\"liveops\"} > 3 * liveops_watcher_poll_interval_seconds"))
                .containsExactly("liveops_bogus_total", "liveops_watcher_poll_interval_seconds", "up");
    }

    private static Map<String, JsonNode> alerts() throws Exception {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        Map<String, JsonNode> alerts = new LinkedHashMap<>();
        rules.path("groups").forEach(group -> group.path("rules").forEach(rule ->
                alerts.put(rule.path("alert").asText(), rule)));
        return alerts;
    }

    /** The words of an expression that are neither PromQL, nor label names and values, nor durations. */
    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ")
                .replaceAll("by\\s*\\([^)]*\\)", " ").replaceAll("\"[^\"]*\"", " ");
        Set<String> words = new TreeSet<>();
        Matcher matcher = WORD.matcher(bare);
        while (matcher.find()) {
            if (!PROMQL.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static Set<String> scrapedNamesAfterACommandAndAWatcherCycle() {
        Operations operations = Operations.of(new OpsConfig(Optional.of(0), "127.0.0.1"), Optional.empty());
        try (operations; TestCore core = TestCore.builder().user(Platform.CONSOLE, "op", "viewer")
                .observers(operations.observers()).build()) {
            operations.open(core);
            core.gateway().handle(Caller.console("op", "op"), "list");
            core.stepAfter(Duration.ZERO);
            String scrape = new OpsHttp(operations.address().orElseThrow()).get("/metrics").body();
            return scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        }
    }
}
