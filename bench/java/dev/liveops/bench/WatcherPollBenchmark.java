package dev.liveops.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.liveops.access.Platform;
import dev.liveops.notify.ConfiguredSubscription;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.testing.TestCore;
import dev.liveops.testing.WatcherSettingsBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole watcher poll as it runs in production, through {@code StatusWatcher.poll()}: the signed {@code live/list}
 * POST over loopback to a server answering fixed bytes in QuantConnect's format, the client reading and binding
 * them, the diff, routing to 20 configured subscriptions, composing one message per channel, and the cycle's SQLite
 * transaction (watched_deployment rows, outbox, watcher state). The server runs in the same JVM, but all it does is
 * write a ready-made byte array; the time to send and receive the bytes over loopback is included.
 *
 * <p>{@code changedPercent} of the deployments flip between Running and RuntimeError on every poll (two answers
 * served alternately), so each measured poll sees that many changes. The clock moves one poll interval per poll, as
 * in production: each change takes its equity snapshot, and every deployment's interval snapshot falls due every
 * 15 minutes (every 30th poll). With a clock standing still, every snapshot after the first would land on one already
 * taken at the same instant and write nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
public class WatcherPollBenchmark {
    private static final DateTimeFormatter USUAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Param({"1000", "10000", "100000"})
    int deployments;

    @Param({"0", "1", "100"})
    int changedPercent;

    private HttpServer server;
    private byte[] projects;
    private byte[][] answers;
    private volatile int served;
    private TestCore core;

    @Setup(Level.Trial)
    public void organisation() throws IOException {
        projects = projectsAnswer();
        answers = new byte[][] {listAnswer(false), listAnswer(true)};
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/projects/read", exchange -> answer(exchange, projects));
        server.createContext("/api/v2/live/list", exchange -> answer(exchange, answers[served++ % 2]));
        server.start();
        List<ConfiguredSubscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Platform platform = i % 2 == 0 ? Platform.DISCORD : Platform.SLACK;
            Set<LiveStatus> statuses = i % 4 == 0 ? Set.of() : Set.of(LiveStatus.RUNTIME_ERROR, LiveStatus.STOPPED);
            subscriptions.add(new ConfiguredSubscription(new ChannelKey(platform, "channel-" + i), statuses,
                    i % 5 == 0 ? "Crypto/*" : "*", Map.of()));
        }
        core = TestCore.builder()
                .quantConnectAt("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2")
                .watcher(WatcherSettingsBuilder.watcherSettings().subscriptions(subscriptions).build())
                .build();
        core.watcher().poll(); // the baseline, taken silently
        if (changedPercent == 0) {
            served = 0;
        }
    }

    @Benchmark
    public void poll() {
        if (changedPercent == 0) {
            served = 0;
        }
        core.clock().advance(WatcherSettings.DEFAULT.pollInterval());
        core.watcher().poll();
    }

    @TearDown(Level.Trial)
    public void stop() {
        core.close();
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private byte[] projectsAnswer() {
        StringBuilder text = new StringBuilder("{\"projects\":[");
        for (int i = 0; i < deployments; i++) {
            text.append(i == 0 ? "" : ",").append("{\"projectId\":").append(1000 + i)
                    .append(",\"organizationId\":\"org\",\"name\":\"").append(i % 10 == 0 ? "Crypto/" : "Equities/")
                    .append("Strategy-").append(i).append("\",\"description\":\"\",\"language\":\"Py\"")
                    .append(",\"created\":\"2026-01-01 00:00:00\",\"modified\":\"2026-01-01 00:00:00\"}");
        }
        return text.append("],\"success\":true,\"errors\":[]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every deployment launched, one in four stopped; the changed share in RuntimeError in the flipped answer. */
    private byte[] listAnswer(boolean flipped) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        StringBuilder text = new StringBuilder("{\"live\":[");
        for (int i = 0; i < deployments; i++) {
            boolean stopped = i % 4 == 1;
            boolean failing = flipped && i % 100 < changedPercent;
            String status = failing ? "RuntimeError" : stopped ? "Stopped" : "Running";
            text.append(i == 0 ? "" : ",")
                    .append("{\"projectId\":").append(1000 + i)
                    .append(",\"deployId\":\"L-").append(Integer.toHexString(i * 7919)).append('"')
                    .append(",\"status\":\"").append(status).append('"')
                    .append(",\"launched\":\"").append(USUAL.format(start.plusSeconds(i * 37L))).append('"')
                    .append(",\"stopped\":").append(stopped
                            ? "\"" + USUAL.format(start.plusSeconds(i * 37L + 86_400)) + "\"" : "null")
                    .append(",\"brokerage\":\"Interactive Brokers\",\"subscription\":\"Equities\"")
                    .append(",\"equity\":").append(100_000 + i).append(".25")
                    .append(",\"environment\":\"live\",\"description\":\"\",\"error\":\"")
                    .append(failing ? "Broker disconnected" : "").append("\",\"leagues\":[]}");
        }
        return text.append("],\"success\":true,\"errors\":[]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
