package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.Main;
import dev.liveops.ops.OpsHttp;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.liveops.cli.Launch;
import dev.liveops.sandbox.QuantConnectSandbox;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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

/**
 * {@code liveops run} as an operator starts it, in Slack HTTP mode with {@code slack.apiUrl} pointing at a local fake
 * Slack Web API and QuantConnect at the sandbox: it starts, and a signed {@code /live list} over loopback is answered
 * at its response_url.
 */
class RunInSlackHttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SIGNING_SECRET = "run-test-signing-secret";

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
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        slackApi.start();
        FakeSlackApi fake = FakeSlackApi.on(slackApi);
        int port = freePort();
        Path config = writeConfig(port, fake.apiUrl());

        Watched out = startRun("run", "--config", config.toString());
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
                .header("X-Slack-Signature", SlackSigning.signature(SIGNING_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode answer = FakeSlackApi.body(fake.take("/respond/run-list", WAIT));
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.toString()).contains("Live deployments").contains("Live/Momentum");
    }

    /** Starts {@code liveops} with the arguments on a thread of its own and waits until it serves. */
    private Watched startRun(String... args) throws Exception {
        Map<String, String> env = Map.of("QC_API_TOKEN", sandbox.apiToken(), "SLACK_BOT_TOKEN", "test-bot-token",
                "SLACK_SIGNING_SECRET", SIGNING_SECRET);
        CountDownLatch serving = new CountDownLatch(1);
        Watched out = new Watched("LiveOps is serving", serving);
        Watched err = new Watched("", new CountDownLatch(1));
        Launch launch = new Launch(InputStream.nullInputStream(), out.printStream(), err.printStream(), false, "tester",
                env, folder);
        run = new CompletableFuture<>();
        runner = new Thread(() -> {
            try {
                run.complete(Main.run(launch, args));
            } catch (RuntimeException failed) {
                run.completeExceptionally(failed);
            }
            serving.countDown();
        }, "liveops-run-under-test");
        runner.start();

        assertThat(serving.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("run started").isTrue();
        assertThat(run).as("run is still serving; err: %s", err).isNotDone();
        return out;
    }

    @Test
    void withAnOpsPortItIsReadyOnceSlackHasStartedAndItsSecretsStayOutOfTheEndpoints() throws Exception {
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        slackApi.start();
        FakeSlackApi fake = FakeSlackApi.on(slackApi);
        Path config = writeConfig(freePort(), fake.apiUrl());

        Watched out = startRun("run", "--config", config.toString(), "--ops-port", "0");
        Matcher listener = Pattern.compile("Operational endpoints at http://127\\.0\\.0\\.1:(\\d+)/")
                .matcher(out.toString());
        assertThat(listener.find()).as(out.toString()).isTrue();
        OpsHttp ops = new OpsHttp(new InetSocketAddress("127.0.0.1", Integer.parseInt(listener.group(1))));
        HttpResponse<String> ready = ops.get("/readyz");

        JsonNode checks = FakeSlackApi.JSON.readTree(ready.body()).path("checks");
        assertThat(checks.path("slack").path("ok").asBoolean()).as(ready.body()).isTrue();
        assertThat(checks.path("slack").path("state").asText()).isEqualTo("started");
        assertThat(checks.has("discord")).as("Discord is not configured").isFalse();
        for (String path : new String[] {"/healthz", "/readyz", "/metrics"}) {
            assertThat(ops.get(path).body()).as(path).doesNotContain("test-bot-token").doesNotContain(SIGNING_SECRET)
                    .doesNotContain(sandbox.apiToken());
        }
    }

    private Path writeConfig(int port, String slackApiUrl) throws Exception {
        ObjectNode root = FakeSlackApi.JSON.createObjectNode();
        root.putObject("quantconnect").put("userId", sandbox.userId()).put("apiToken", "${QC_API_TOKEN}")
                .put("baseUrl", sandbox.baseUrl());
        root.putObject("store").put("url", "jdbc:sqlite:" + folder.resolve("run.db"));
        ObjectNode slack = root.putObject("slack").put("botToken", "${SLACK_BOT_TOKEN}").put("mode", "http")
                .put("signingSecret", "${SLACK_SIGNING_SECRET}").put("apiUrl", slackApiUrl);
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

    /** What the command prints, kept; the latch opens once {@code marker} has been printed. */
    private static final class Watched extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String marker;
        private final CountDownLatch seen;

        Watched(String marker, CountDownLatch seen) {
            this.marker = marker;
            this.seen = seen;
        }

        PrintStream printStream() {
            return new PrintStream(this, true, StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void flush() {
            if (toString().contains(marker)) {
                seen.countDown();
            }
        }

        @Override
        public synchronized String toString() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
