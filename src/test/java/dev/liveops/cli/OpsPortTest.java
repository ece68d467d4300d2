package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.Main;
import dev.liveops.ops.OpsHttp;
import dev.liveops.sandbox.QuantConnectSandbox;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ops-port} opens the operational listener while a command runs, on the demo and on the console. */
class OpsPortTest {
    private static final Pattern LISTENER = Pattern.compile("Operational endpoints at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void theDefaultDemoOpensTheListenerOnTheGivenPort() throws Exception {
        try (Running demo = Running.start(Map.of(), folder, "--ops-port", "0")) {
            OpsHttp http = demo.ops();

            assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(readyAsLeader(http)).contains("\"role\":\"leader\"");
            demo.type("list\n");
            demo.out.await(Pattern.compile("Live/Momentum"), WAIT);
            assertThat(http.get("/metrics").body())
                    .contains("liveops_commands_seconds_count{command=\"list\",outcome=\"answered\"} 1");
        }
    }

    /**
     * The listener opens while the store may still be opening on its own thread, so "standby" is a true first answer:
     * asks again until the demo holds its leadership or {@link #WAIT} ends, and returns the last answer.
     */
    private static String readyAsLeader(OpsHttp http) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String body = http.get("/readyz").body();
        while (!body.contains("\"role\":\"leader\"") && System.nanoTime() < deadline) {
            Thread.sleep(20); // another process's state: nothing here to wait on but its answer
            body = http.get("/readyz").body();
        }
        return body;
    }

    @Test
    void opsBindOpensItOnTheGivenAddress() throws Exception {
        try (Running demo = Running.start(Map.of(), folder, "demo", "--ops-port", "0", "--ops-bind", "0.0.0.0")) {
            Matcher listener = demo.out.await(Pattern.compile("Operational endpoints at http://0\\.0\\.0\\.0:(\\d+)/"),
                    WAIT);
            OpsHttp http = new OpsHttp(new InetSocketAddress("127.0.0.1", Integer.parseInt(listener.group(1))));

            assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutTheOptionNothingListens() throws Exception {
        Terminal.Result result = Terminal.in(folder).run("list\n");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Live/Momentum").doesNotContain("Operational endpoints");
    }

    @Test
    void anOutOfRangePortIsRefusedInOneSentence() {
        Terminal.Result result = Terminal.in(folder).run("", "demo", "--ops-port", "70000");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("--ops-port must be a TCP port from 0 to 65535, not 70000.");
    }

    @Test
    void secretsFromTheEnvironmentNeverReachTheEndpoints() throws Exception {
        String qcToken = "qc-token-5f4dcc3b5aa765d61d8327deb882cf99";
        String discordToken = "discord-token-MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef";
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).apiToken(qcToken).build().start()) {
            Path config = Files.writeString(folder.resolve("bot-config.json"), """
                    {
                      "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                      "store": {"url": "jdbc:sqlite:%s"},
                      "discord": {"token": "${DISCORD_TOKEN}"},
                      "ops": {"port": 1, "bind": "127.0.0.1"},
                      "access": {"users": [{"name": "Olga", "roles": ["admin"], "consoleUser": "olga"}]}
                    }
                    """.formatted(sandbox.userId(), sandbox.baseUrl(), folder.resolve("ops.db")));
            Map<String, String> env = Map.of("QC_TOKEN", qcToken, "DISCORD_TOKEN", discordToken);
            try (Running console = Running.start(env, folder, "console", "-c", config.toString(), "--ops-port",
                    "0")) {
                assertThat(console.ops().address().getPort()).as("--ops-port overrides ops.port").isNotEqualTo(1);
                console.type("list\nread momentum\n");
                console.out.await(Pattern.compile("Live/Momentum: Running"), WAIT);
                for (String path : new String[] {"/healthz", "/readyz", "/metrics"}) {
                    assertThat(console.ops().get(path).body()).as(path).isNotEmpty().doesNotContain(qcToken)
                            .doesNotContain(discordToken);
                }
            }
        }
    }

    /** Main running on a thread, its stdin a pipe the test types into; closing the pipe ends it. */
    private record Running(PipedOutputStream keyboard, WatchedOutput out, CompletableFuture<Integer> exit)
            implements AutoCloseable {
        static Running start(Map<String, String> env, Path folder, String... args) throws IOException {
            PipedOutputStream keyboard = new PipedOutputStream();
            PipedInputStream in = new PipedInputStream(keyboard);
            WatchedOutput out = new WatchedOutput();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            Launch launch = new Launch(in, print, print, false, "olga", env, folder);
            return new Running(keyboard, out, CompletableFuture.supplyAsync(() -> Main.run(launch, args)));
        }

        OpsHttp ops() throws InterruptedException {
            Matcher listener = out.await(LISTENER, WAIT);
            return new OpsHttp(new InetSocketAddress("127.0.0.1", Integer.parseInt(listener.group(1))));
        }

        void type(String text) throws IOException {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        @Override
        public void close() throws Exception {
            keyboard.close();
            assertThat(exit.get(60, java.util.concurrent.TimeUnit.SECONDS)).as(out.text()).isZero();
        }
    }
}
