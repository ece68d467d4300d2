package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.Main;
import dev.liveops.sandbox.QuantConnectSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code liveops run} as an operator starts it, in Slack HTTP mode with {@code slack.apiUrl} pointing at a local fake
 * Slack Web API and QuantConnect at the sandbox: it starts, and a signed {@code /live list} over loopback is answered
 * at its response_url.
 */
class RunInSlackHttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final MockWebServer slackApi = new MockWebServer();
    private QuantConnectSandbox sandbox;
    private CompletableFuture<Integer> run;
    private Thread runner;

    @AfterEach
    void tearDown() throws Exception {
        if (runner != null) {
            runner.interrupt();
            run.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        slackApi.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void startsAgainstTheConfiguredSlackApiAndAnswersASignedListAtTheResponseUrl() throws Exception {
        // Secrets come only from ${ENV_VAR}s, and a test cannot set one: any variable already set will do.
        Map.Entry<String, String> secret = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*") && e.getValue().matches("[!-~]{4,}"))
                .findFirst().orElseThrow(() -> new AssertionError("no usable environment variable"));
        sandbox = QuantConnectSandbox.builder().port(0).apiToken(secret.getValue()).build().start();
        slackApi.start();
        FakeSlackApi fake = FakeSlackApi.on(slackApi);
        int port = freePort();
        Path config = writeConfig(secret.getKey(), port, fake.apiUrl());

        CountDownLatch serving = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        run = new CompletableFuture<>();
        runner = new Thread(() -> {
            try {
                run.complete(new CommandLine(new Main()).setOut(new PrintWriter(watching(out, "LiveOps is serving",
                        serving), true)).setErr(new PrintWriter(err, true)).execute("run", "--config",
                        config.toString()));
            } catch (RuntimeException failed) {
                run.completeExceptionally(failed);
            }
            serving.countDown();
        }, "liveops-run-under-test");
        runner.start();

        assertThat(serving.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("run started").isTrue();
        assertThat(run).as("run is still serving; err: %s", err).isNotDone();
        assertThat(out.toString()).contains("LiveOps is serving /live on Slack (http mode)");
        assertThat(fake.count("auth.test")).as("start-up checked the token at the configured API").isPositive();

        String body = "team_id=T0TEST&channel_id=C0OPS&user_id=U0VERA&user_name=vera&command=%2Flive&text=list"
                + "&api_app_id=A0LIVEOPS&trigger_id=1.2.3&response_url="
                + URLEncoder.encode(fake.responseUrl("run-list"), StandardCharsets.UTF_8);
        long now = SlackSigning.now();
        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/slack/events")).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackSigning.signature(secret.getValue(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode answer = FakeSlackApi.body(fake.take("/respond/run-list", WAIT));
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.toString()).contains("Live deployments").contains("Live/Momentum");
    }

    private Path writeConfig(String variable, int port, String slackApiUrl) throws Exception {
        String reference = "${" + variable + "}";
        ObjectNode root = FakeSlackApi.JSON.createObjectNode();
        root.putObject("quantconnect").put("userId", sandbox.userId()).put("apiToken", reference)
                .put("baseUrl", sandbox.baseUrl());
        root.putObject("store").put("url", "jdbc:sqlite:" + folder.resolve("run.db"));
        ObjectNode slack = root.putObject("slack").put("botToken", reference).put("mode", "http")
                .put("signingSecret", reference).put("apiUrl", slackApiUrl);
        slack.putObject("http").put("port", port).put("path", "/slack/events");
        ObjectNode vera = root.putObject("access").putArray("users").addObject().put("name", "vera");
        vera.putArray("roles").add("viewer");
        vera.putArray("slackUserIds").add("U0VERA");
        Path file = folder.resolve("bot-config.json");
        Files.writeString(file, root.toPrettyString());
        return file;
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Keeps what is written and opens the latch once {@code marker} appears. */
    private static Writer watching(StringWriter into, String marker, CountDownLatch seen) {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                into.write(chars, offset, length);
                if (into.toString().contains(marker)) {
                    seen.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
