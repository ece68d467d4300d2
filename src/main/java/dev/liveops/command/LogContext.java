package dev.liveops.command;

import dev.liveops.access.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * What a log line is about, kept in the logging context (MDC) of the thread doing the work. A scope is opened where
 * work enters LiveOps (a command at the gateway, an action being sent, a notification being posted) and restores what
 * was there when it closes, so every line logged in between carries the same ids whichever class logs it. Facts
 * learnt on the way (the project once it is resolved, the action's code) are {@linkplain #add added} to the open scope.
 */
public final class LogContext implements AutoCloseable {
    /** The fields, as they are named in the JSON log; nothing else from the MDC reaches it. */
    public enum Key {
        REQUEST_ID("request_id"), PLATFORM("platform"), USER("user"), COMMAND("command"), PROJECT("project"),
        DEPLOY_ID("deploy_id"), ACTION_CODE("action_code");

        private final String field;

        Key(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public static List<String> fields() {
            return Arrays.stream(values()).map(Key::field).toList();
        }
    }

    private final Map<String, String> before;
    private final String requestId;

    private LogContext(Map<String, String> before, String requestId) {
        this.before = before;
        this.requestId = requestId;
    }

    /** A scope for one command of one caller, under a new request id. */
    public static LogContext request(Caller caller) {
        LogContext context = open(newRequestId());
        add(Key.PLATFORM, caller.platform().name().toLowerCase(Locale.ROOT));
        add(Key.USER, caller.userId());
        return context;
    }

    /**
     * Eight hex digits, as the first eight of a random UUID were: a reference to quote, not a secret, so it needs no
     * SecureRandom (which a random UUID draws on, on every command).
     */
    private static String newRequestId() {
        long bits = ThreadLocalRandom.current().nextInt() & 0xffff_ffffL;
        return Long.toHexString(bits | 0x1_0000_0000L).substring(1);
    }

    /** A scope for work with an id of its own (a notification being posted, say). */
    public static LogContext open(String requestId) {
        LogContext context = new LogContext(MDC.getCopyOfContextMap(), requestId);
        add(Key.REQUEST_ID, requestId);
        return context;
    }

    /** A scope nested in whatever is open, adding to it until it closes. */
    public static LogContext nested() {
        return new LogContext(MDC.getCopyOfContextMap(), MDC.get(Key.REQUEST_ID.field()));
    }

    /** Adds a fact to the scope open on this thread; an absent or blank value changes nothing. */
    public static void add(Key key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            MDC.put(key.field(), value.toString());
        }
    }

    /** The id every line of this scope carries: a reference a person can quote. */
    public String requestId() {
        return requestId;
    }

    @Override
    public void close() {
        if (before == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(before);
        }
    }
}
