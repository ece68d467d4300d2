package dev.liveops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.config.DiscordConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A local Discord for a real JDA: one MockWebServer serves the REST API under {@code /api/v10/} and a plain-JSON
 * gateway WebSocket at {@code /gateway}. The gateway says HELLO, answers IDENTIFY with READY and one GUILD_CREATE per
 * guild, and ACKs heartbeats; tests push interactions with {@link #dispatch} and read what JDA sent back with
 * {@link #takeRest}. REST answers are realistic enough for JDA to parse; a test can make any route fail.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String APPLICATION_ID = "900000000000000001";
    public static final String BOT_ID = APPLICATION_ID;
    /** The path prefix (below /api/v10/) of the bot's answers to an interaction: then its token. */
    public static final String WEBHOOK = "webhooks/" + APPLICATION_ID + "/";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final List<Guild> guilds = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Recorded> rest = new LinkedBlockingQueue<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, Failure> failOnce = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loseCallbackAnswer = new AtomicBoolean();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile CountDownLatch callbacksHeld = new CountDownLatch(0);
    private volatile int connectionsWhenCallbacksArrived;
    private final AtomicLong ids = new AtomicLong();
    private final CountDownLatch identified = new CountDownLatch(1);
    private volatile WebSocket gateway;

    /** A guild the bot is in: its roles (the id is the @everyone role too) and text channels. */
    public record Guild(String id, List<String> roleIds, List<String> channelIds) {
    }

    /**
     * A REST call JDA made: method, path below /api/v10/ (no query) and JSON body (null when none; a multipart
     * request's {@code payload_json}), and the files a multipart request carried.
     */
    public record Recorded(String method, String path, String query, JsonNode body, List<FilePart> files) {
        public boolean is(String wantedMethod, String pathPattern) {
            return method.equals(wantedMethod) && path.matches(pathPattern);
        }
    }

    /** One file of a multipart upload: its form field ({@code files[0]}), file name, content type and bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] bytes) {
    }

    private record Failure(int status, int code, String message) {
    }

    public FakeDiscord guild(String id, List<String> roleIds, List<String> channelIds) {
        guilds.add(new Guild(id, roleIds, channelIds));
        return this;
    }

    public FakeDiscord start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The REST base, as {@code discord.apiUrl} would name it. */
    public String apiUrl() {
        return server.url("/api/v10/").toString();
    }

    /** The gateway, as {@code discord.gatewayUrl} would name it. */
    public String gatewayUrl() {
        return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
    }

    /** The bot's config, pointed at this fake. */
    public DiscordConfig pointing(DiscordConfig config) {
        return config.at(apiUrl(), gatewayUrl());
    }

    /** Every later call to a path matching the pattern (below /api/v10/) fails with this Discord error. */
    public void fail(String pathPattern, int status, int code, String message) {
        failures.put(pathPattern, new Failure(status, code, message));
    }

    /** The next call to a path matching the pattern (below /api/v10/) fails with this Discord error; later ones do not. */
    public void failOnce(String pathPattern, int status, int code, String message) {
        failOnce.put(pathPattern, new Failure(status, code, message));
    }

    /**
     * The next interaction callback is taken (the interaction counts as acknowledged) but answered 502 Bad Gateway,
     * as when Discord's answer is lost on the way: JDA sends it again and meets 40060.
     */
    public void loseNextCallbackAnswer() {
        loseCallbackAnswer.set(true);
    }

    /** A snowflake for now: JDA refuses follow-ups to interactions whose id says they are older than 15 minutes. */
    public String snowflake() {
        return String.valueOf(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) + ids.incrementAndGet());
    }

    public void awaitIdentified() throws InterruptedException {
        if (!identified.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("JDA never sent IDENTIFY");
        }
    }

    /**
     * The next {@code count} interaction callbacks are answered only once all of them have arrived, so JDA must send
     * them at once, each on a connection of its own.
     */
    public void answerCallbacksTogether(int count) {
        callbacksHeld = new CountDownLatch(count);
    }

    /** How many connections JDA had opened when the last of the callbacks answered together arrived. */
    public int connectionsWhenCallbacksArrived() {
        return connectionsWhenCallbacksArrived;
    }

    /** How many connections JDA (REST and gateway) has opened to this fake so far. */
    public int connectionsOpened() {
        return connections.get();
    }

    /** Sends a gateway dispatch (op 0) such as INTERACTION_CREATE. */
    public void dispatch(String type, ObjectNode data) {
        ObjectNode frame = json.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
        frame.set("d", data);
        gateway.send(frame.toString());
    }

    /** The next REST call matching the filter, skipping (and dropping) others; fails after a timeout. */
    public Recorded takeRest(Predicate<Recorded> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Recorded> skipped = new ArrayList<>();
        while (true) {
            Recorded next = rest.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no matching Discord REST call; saw " + skipped);
            }
            if (wanted.test(next)) {
                return next;
            }
            skipped.add(next);
        }
    }

    public Recorded takeRest(String method, String pathPattern) throws InterruptedException {
        return takeRest(call -> call.is(method, pathPattern));
    }

    /** Every REST call recorded and not yet taken, without waiting. */
    public List<Recorded> drainRest() {
        List<Recorded> calls = new ArrayList<>();
        rest.drainTo(calls);
        return calls;
    }

    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() {
        server.close();
    }

    private void holdUntilAllArrived() {
        CountDownLatch held = callbacksHeld;
        synchronized (held) { // the last to arrive counts the connections before any of them is answered
            if (held.getCount() == 1) {
                connectionsWhenCallbacksArrived = connections.get();
            }
            held.countDown();
        }
        try {
            if (!held.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("fewer interaction callbacks arrived together than expected");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new GatewayListener()).build();
        }
        connections.accumulateAndGet(request.getConnectionIndex() + 1, Math::max);
        String route = path.startsWith("/api/v10/") ? path.substring("/api/v10/".length()) : path;
        List<FilePart> files = new ArrayList<>();
        JsonNode body = parse(request, files);
        rest.add(new Recorded(request.getMethod(), route, request.getUrl().encodedQuery(), body, List.copyOf(files)));
        for (String pattern : failOnce.keySet()) {
            Failure once = route.matches(pattern) ? failOnce.remove(pattern) : null;
            if (once != null) {
                return jsonResponse(once.status(), json.createObjectNode().put("message", once.message())
                        .put("code", once.code()).toString());
            }
        }
        for (Map.Entry<String, Failure> failure : failures.entrySet()) {
            if (route.matches(failure.getKey())) {
                Failure f = failure.getValue();
                return jsonResponse(f.status(), json.createObjectNode().put("message", f.message())
                        .put("code", f.code()).toString());
            }
        }
        if (route.equals("users/@me")) {
            return jsonResponse(200, user(BOT_ID, "liveops", true).toString());
        }
        if (route.matches("applications/\\d+(/guilds/\\d+)?/commands") && request.getMethod().equals("PUT")) {
            return jsonResponse(200, registered(body, route).toString());
        }
        if (route.matches("interactions/\\d+/[^/]+/callback")) {
            holdUntilAllArrived();
            if (!acknowledged.add(route.split("/")[1])) { // as Discord: one acknowledgement per interaction
                return jsonResponse(400, json.createObjectNode().put("code", 40060)
                        .put("message", "Interaction has already been acknowledged.").toString());
            }
            if (loseCallbackAnswer.compareAndSet(true, false)) {
                return jsonResponse(502, "{\"message\":\"502 Bad Gateway\",\"code\":0}");
            }
            return new MockResponse.Builder().code(204).build();
        }
        if (route.matches("webhooks/\\d+/[^/]+/messages/@original") && request.getMethod().equals("DELETE")) {
            return new MockResponse.Builder().code(204).build();
        }
        if (route.matches("webhooks/\\d+/[^/]+(/messages/@original)?")) {
            return jsonResponse(200, message(firstChannel(), body).toString());
        }
        if (route.matches("channels/\\d+/messages") && request.getMethod().equals("POST")) {
            return jsonResponse(200, message(route.split("/")[1], body).toString());
        }
        return jsonResponse(404, "{\"message\":\"404: Not Found\",\"code\":0}");
    }

    private JsonNode parse(RecordedRequest request, List<FilePart> files) {
        if (request.getBodySize() <= 0) {
            return null;
        }
        String type = request.getHeaders().get("Content-Type");
        String text = type != null && type.startsWith("multipart/") ? multipart(request, type, files)
                : request.getBody().string(StandardCharsets.UTF_8);
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("JDA sent a body that is not JSON: " + text, e);
        }
    }

    /** Reads the parts as Discord does: {@code payload_json} is the message, {@code files[n]} the uploads. */
    private static String multipart(RecordedRequest request, String type, List<FilePart> files) {
        String boundary = okhttp3.MediaType.get(type).parameter("boundary");
        String payload = "{}";
        try (okhttp3.MultipartReader reader = new okhttp3.MultipartReader(
                new okio.Buffer().write(request.getBody()), boundary)) {
            for (okhttp3.MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                String field = parameter(disposition, "name");
                byte[] bytes = part.body().readByteArray();
                if ("payload_json".equals(field)) {
                    payload = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    files.add(new FilePart(field, parameter(disposition, "filename"),
                            part.headers().get("Content-Type"), bytes));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("JDA sent a multipart body that does not parse", e);
        }
        return payload;
    }

    private static String parameter(String disposition, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"")
                .matcher(disposition == null ? "" : disposition);
        return value.find() ? value.group(1) : null;
    }

    private static MockResponse jsonResponse(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body)
                .build();
    }

    private String firstChannel() {
        return guilds.isEmpty() || guilds.get(0).channelIds().isEmpty() ? "1" : guilds.get(0).channelIds().get(0);
    }

    /** What Discord answers to a bulk overwrite: the commands as sent, each with an id and version. */
    private ArrayNode registered(JsonNode body, String route) {
        ArrayNode commands = json.createArrayNode();
        if (body != null) {
            for (JsonNode sent : body) {
                ObjectNode command = ((ObjectNode) sent).deepCopy();
                command.put("id", snowflake()).put("application_id", APPLICATION_ID).put("version", snowflake());
                if (route.contains("/guilds/")) {
                    command.put("guild_id", route.split("/")[3]);
                }
                commands.add(command);
            }
        }
        return commands;
    }

    /** The message Discord would create from a JDA message body: the same content, embeds and components. */
    public ObjectNode message(String channelId, JsonNode sent) {
        ObjectNode message = json.createObjectNode().put("id", snowflake()).put("channel_id", channelId)
                .put("type", 0).put("tts", false).put("pinned", false).put("mention_everyone", false)
                .put("timestamp", "2026-11-20T14:30:00.000000+00:00").putNull("edited_timestamp")
                .put("flags", sent != null && sent.has("flags") ? sent.get("flags").asInt() : 0)
                .put("content", sent != null && sent.has("content") ? sent.get("content").asText() : "");
        message.set("author", user(BOT_ID, "liveops", true));
        ArrayNode embeds = message.putArray("embeds");
        if (sent != null && sent.has("embeds")) {
            // Discord stores every embed a bot sends as a "rich" one.
            sent.get("embeds").forEach(embed -> embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich")));
        }
        message.set("components", sent != null && sent.has("components") ? sent.get("components")
                : json.createArrayNode());
        message.set("attachments", json.createArrayNode());
        message.set("mentions", json.createArrayNode());
        message.set("mention_roles", json.createArrayNode());
        return message;
    }

    public ObjectNode user(String id, String name, boolean bot) {
        return json.createObjectNode().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("bot", bot);
    }

    private ObjectNode ready() {
        ObjectNode ready = json.createObjectNode().put("v", 10).put("session_id", "fake-session")
                .put("resume_gateway_url", "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway");
        ready.set("user", user(BOT_ID, "liveops", true));
        ArrayNode unavailable = ready.putArray("guilds");
        guilds.forEach(g -> unavailable.addObject().put("id", g.id()).put("unavailable", true));
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
        return ready;
    }

    private ObjectNode guildCreate(Guild guild) {
        ObjectNode g = json.createObjectNode().put("id", guild.id()).put("name", "Fake Fund " + guild.id())
                .put("owner_id", BOT_ID).put("member_count", 1).put("large", false).put("unavailable", false)
                .put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("preferred_locale", "en-US").put("afk_timeout", 300).put("system_channel_flags", 0)
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(guild.id(), "@everyone", 0));
        for (int i = 0; i < guild.roleIds().size(); i++) {
            roles.add(role(guild.roleIds().get(i), "role-" + i, i + 1));
        }
        ArrayNode channels = g.putArray("channels");
        for (int i = 0; i < guild.channelIds().size(); i++) {
            channels.add(textChannel(guild.id(), guild.channelIds().get(i), i));
        }
        ObjectNode self = g.putArray("members").addObject().put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("deaf", false).put("mute", false).put("flags", 0);
        self.set("user", user(BOT_ID, "liveops", true));
        self.putArray("roles");
        for (String empty : List.of("emojis", "stickers", "features", "threads", "voice_states", "presences",
                "stage_instances", "guild_scheduled_events")) {
            g.putArray(empty);
        }
        return g;
    }

    private ObjectNode role(String id, String name, int position) {
        ObjectNode role = json.createObjectNode().put("id", id).put("name", name)
                .put("permissions", "2248473465835073").put("position", position).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    public ObjectNode textChannel(String guildId, String channelId, int position) {
        ObjectNode channel = json.createObjectNode().put("id", channelId).put("type", 0).put("guild_id", guildId)
                .put("name", "ops-" + position).put("position", position).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** The gateway side: HELLO on open, READY and GUILD_CREATEs after IDENTIFY, ACKs for heartbeats. */
    private final class GatewayListener extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            gateway = webSocket;
            webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode frame;
            try {
                frame = json.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            switch (frame.path("op").asInt()) {
                case 1 -> webSocket.send("{\"op\":11}");
                case 2 -> {
                    dispatch("READY", ready());
                    guilds.forEach(guild -> dispatch("GUILD_CREATE", guildCreate(guild)));
                    identified.countDown();
                }
                default -> {
                }
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            // Echo the close frame, else MockWebServer.close() waits for it.
            webSocket.close(code, null);
        }
    }
}
