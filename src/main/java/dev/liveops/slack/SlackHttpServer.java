package dev.liveops.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.liveops.command.BoundedThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own HTTP server: no maintained Bolt adapter resolves for Bolt 1.48, and this one
 * only hands the raw request to Bolt. Bolt checks the signature and refuses timestamps more than 5 minutes old
 * (401) before any handler runs; timestamps more than 5 minutes ahead are refused here, since Bolt lets them through
 * and a captured request signed for the future could otherwise be replayed until then.
 */
public final class SlackHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /** Slash commands and button payloads are a few KB; anything this big is not from Slack. */
    private static final int MAX_BODY = 1 << 20;
    private static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    /**
     * Connections waiting to be accepted: the JDK's default of 50 drops the rest of a burst's connection attempts,
     * which the client then retries only after a second.
     */
    private static final int BACKLOG = 1024;
    /** Requests served at once; more wait. As many as the commands LiveOps runs at once by default. */
    static final int THREADS = 64;
    /** Slack's own tolerance for clock skew, both ways. */
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final HttpServer server;
    private final BoundedThreads threads;
    private final App app;
    private final SlackRequestParser parser;
    private final String path;
    private final AfterAck afterAck;

    private SlackHttpServer(HttpServer server, BoundedThreads threads, App app, String path, AfterAck afterAck) {
        this.server = server;
        this.threads = threads;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.path = path;
        this.afterAck = afterAck;
    }

    /**
     * The JDK server sends a response's headers and body as two writes; with Nagle on, the body waits for the ACK of
     * the headers, which a keep-alive client delays ~40 ms: every acknowledgement stalled. The server reads this
     * property once, when the first server in the JVM is created, and exposes no socket option otherwise.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Listens on every interface at {@code port} (0 picks a free one) for Slack's POSTs to {@code path}. */
    public static SlackHttpServer start(App app, int port, String path) throws IOException {
        return start(app, port, path, new AfterAck());
    }

    /** As above; the commands {@code app} hands to {@code afterAck} start once their request's ack is written. */
    static SlackHttpServer start(App app, int port, String path, AfterAck afterAck) throws IOException {
        System.setProperty(NO_DELAY, "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(port), BACKLOG);
        // These threads only check and acknowledge: the commands themselves run on SlackBotApp's slots. A thread per
        // request up to THREADS, more wait (with 4, a burst of 50 acks queued behind each other while each waited for
        // the machine, not for work); an idle thread serves the next request, so a quiet bot starts no thread per
        // ack; idle ones end after a minute.
        BoundedThreads threads = new BoundedThreads("slack-http", THREADS, Integer.MAX_VALUE);
        SlackHttpServer slack = new SlackHttpServer(server, threads, app, path, afterAck);
        server.createContext(path, slack::handle);
        server.setExecutor(threads);
        server.start();
        return slack;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        afterAck.serve(() -> respond(exchange));
    }

    private void respond(HttpExchange exchange) throws IOException {
        SlackAckStage.mark(SlackAckStage.Stage.RECEIVED, null);
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, "text/plain", "Not found");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, 405, "text/plain", "Slack posts here");
                return;
            }
            if (fromTheFuture(exchange.getRequestHeaders().getFirst(TIMESTAMP))) {
                send(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                send(exchange, 413, "text/plain", "Too large");
                return;
            }
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(path)
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(new HashMap<>(exchange.getRequestHeaders())))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, values) -> values.forEach(value ->
                        exchange.getResponseHeaders().add(name, value)));
            }
            send(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
            SlackAckStage.mark(SlackAckStage.Stage.ACK_WRITTEN, null);
        } catch (Exception failure) {
            log.error("Slack request failed inside LiveOps", failure);
            try {
                send(exchange, 500, "text/plain", "Internal error");
            } catch (IOException | IllegalStateException alreadySent) {
                log.debug("Could not send the error response", alreadySent);
            }
        }
    }

    /** A timestamp Bolt's check would pass although it lies more than {@link #MAX_SKEW} ahead of our clock. */
    private static boolean fromTheFuture(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(timestamp.strip())).isAfter(Instant.now().plus(MAX_SKEW));
        } catch (NumberFormatException | DateTimeException unreadable) {
            return false; // Bolt refuses what it cannot read.
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        return params;
    }

    @Override
    public void close() {
        // Slack has had its acks; answers still on their way go out through response_url, not this server.
        server.stop(0);
        threads.shutdownNow();
    }
}
