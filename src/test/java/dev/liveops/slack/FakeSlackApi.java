package dev.liveops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocketListener;

/**
 * Slack's Web API, response_url endpoints and Socket Mode link on one MockWebServer: sensible answers by default,
 * scripted answers per path when a test needs them, and every request kept per path for the test to take.
 */
final class FakeSlackApi extends Dispatcher {
    static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, BlockingQueue<RecordedRequest>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupMembers = new ConcurrentHashMap<>();
    private final List<String> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MockWebServer server;
    private volatile WebSocketListener socketMode;

    private FakeSlackApi(MockWebServer server) {
        this.server = server;
    }

    static FakeSlackApi on(MockWebServer server) {
        FakeSlackApi fake = new FakeSlackApi(server);
        server.setDispatcher(fake);
        return fake;
    }

    String apiUrl() {
        return server.url("/api/").toString();
    }

    /** A response_url for one command or button press. */
    String responseUrl(String name) {
        return server.url("/respond/" + name).toString();
    }

    void members(String groupId, String... userIds) {
        groupMembers.put(groupId, List.of(userIds));
    }

    /** Answers the next request to this path (e.g. "chat.postMessage") with this response instead of the default. */
    void script(String path, MockResponse response) {
        scripted.computeIfAbsent(normalise(path), p -> new ArrayDeque<>()).add(response);
    }

    void acceptSocketMode(WebSocketListener listener) {
        this.socketMode = listener;
    }

    RecordedRequest take(String path, Duration timeout) throws InterruptedException {
        RecordedRequest request = queue(normalise(path)).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("nothing arrived at " + path + " within " + timeout);
        }
        return request;
    }

    /** Nothing arrived at the path within the time: for "no handler was reached". */
    boolean nothingAt(String path, Duration wait) throws InterruptedException {
        return queue(normalise(path)).poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    /** Every path requested so far, in the order the requests arrived. */
    List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    int count(String path) {
        return queue(normalise(path)).size();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        arrivals.add(path);
        queue(path).add(request);
        Deque<MockResponse> next = scripted.get(path);
        if (next != null) {
            synchronized (next) {
                if (!next.isEmpty()) {
                    return next.poll();
                }
            }
        }
        if (path.startsWith("/respond/")) {
            return new MockResponse.Builder().body("ok").build();
        }
        return switch (path) {
            case "/api/auth.test" -> ok("\"url\":\"https://liveops-test.slack.com/\",\"team\":\"LiveOps Test\","
                    + "\"user\":\"liveops\",\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"");
            case "/api/chat.postMessage" -> ok("\"channel\":\"" + form(request).get("channel")
                    + "\",\"ts\":\"1763650000.000100\"");
            case "/api/chat.postEphemeral" -> ok("\"message_ts\":\"1763650000.000200\"");
            case "/api/chat.update" -> ok("\"channel\":\"" + form(request).get("channel") + "\",\"ts\":\""
                    + form(request).get("ts") + "\"");
            case "/api/usergroups.users.list" -> ok("\"users\":" + jsonList(
                    groupMembers.getOrDefault(form(request).get("usergroup"), List.of())));
            // The external upload flow: an upload address on this server, the bytes posted there, then completion.
            case "/api/files.getUploadURLExternal" -> ok("\"upload_url\":\"" + server.url("/upload/F0CHART")
                    + "\",\"file_id\":\"F0CHART\"");
            case "/upload/F0CHART" -> new MockResponse.Builder().body("OK - " + request.getBodySize()).build();
            case "/api/files.completeUploadExternal" -> ok("\"files\":[{\"id\":\"F0CHART\",\"title\":\"chart\"}]");
            case "/api/apps.connections.open" -> ok("\"url\":\"ws://127.0.0.1:" + server.getPort() + "/link\"");
            case "/link" -> socketMode == null ? new MockResponse.Builder().code(404).build()
                    : new MockResponse.Builder().webSocketUpgrade(socketMode).build();
            default -> new MockResponse.Builder().code(404).body("{\"ok\":false,\"error\":\"unknown_method\"}")
                    .build();
        };
    }

    static MockResponse ok(String fields) {
        return json("{\"ok\":true," + fields + "}");
    }

    static MockResponse error(String error) {
        return json("{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8").body(body)
                .build();
    }

    /** A Web API call's form parameters. */
    static Map<String, String> form(RecordedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** chat.postMessage / chat.update as Slack reads them: "text" plus the parsed "blocks". */
    static JsonNode message(RecordedRequest request) throws Exception {
        Map<String, String> params = form(request);
        return JSON.createObjectNode().put("text", params.get("text")).put("channel", params.get("channel"))
                .set("blocks", JSON.readTree(params.getOrDefault("blocks", "[]")));
    }

    /** A response_url body (JSON). */
    static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.getBody().utf8());
    }

    private BlockingQueue<RecordedRequest> queue(String path) {
        return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    private static String normalise(String path) {
        return path.startsWith("/") ? path : "/api/" + path;
    }

    private static String jsonList(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
