package dev.liveops.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor under Slack's acknowledgement on this machine: a server that checks the request's signature and answers
 * with the same ack body LiveOps sends, and does nothing else (no Bolt, no store, no command). The JDK's HTTP server
 * with TCP_NODELAY and a thread per request, so it waits for nothing but the machine.
 */
final class SlackAckFloor implements AutoCloseable {
    private static final byte[] ACK = ("{\"text\":\"" + LiveSlashCommand.WORKING + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    private static final Pattern TRIGGER = Pattern.compile("(?:^|&)trigger_id=([^&]*)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slack-floor");
        thread.setDaemon(true);
        return thread;
    });
    private final String signingSecret;

    SlackAckFloor(String signingSecret) throws IOException {
        System.setProperty(SlackHttpServer.NO_DELAY, "true");
        this.signingSecret = signingSecret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/slack/events", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events");
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher trigger = TRIGGER.matcher(body);
            String delivery = trigger.find() ? URLDecoder.decode(trigger.group(1), StandardCharsets.UTF_8) : null;
            BenchStage.mark(BenchStage.FLOOR_RECEIVED, delivery);
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"));
            String expected = SlackSigning.signature(signingSecret, timestamp, body);
            String given = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
            if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, ACK.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ACK);
            }
            BenchStage.mark(BenchStage.FLOOR_WRITTEN, delivery);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
