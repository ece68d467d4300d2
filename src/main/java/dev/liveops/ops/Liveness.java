package dev.liveops.ops;

import dev.liveops.notify.WatcherHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /healthz}: the process answers, and its watcher loop (polls, then deliveries) is not wedged: it began a
 * step within {@link #WEDGED_AFTER}. Steps come every few seconds; one may take a while (QuantConnect's timeouts and
 * retries, a chat platform's rate limit), never minutes. Before the loop starts there is nothing to be wedged.
 */
final class Liveness {
    static final Duration WEDGED_AFTER = Duration.ofMinutes(5);

    private final Supplier<WatcherHealth> watcher;
    private final Clock clock;
    private final Json json = new Json();

    Liveness(Supplier<WatcherHealth> watcher, Clock clock) {
        this.watcher = watcher;
        this.clock = clock;
    }

    OpsResponse answer() {
        Instant now = clock.instant();
        WatcherHealth health = watcher.get();
        boolean wedged = health.lastStepAt().map(at -> at.plus(WEDGED_AFTER).isBefore(now)).orElse(false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", wedged ? "wedged" : "alive");
        body.put("checks", "the watcher loop began a step within the last " + WEDGED_AFTER.toMinutes() + " minutes");
        body.put("watcherLastStepAt", health.lastStepAt().map(Instant::toString).orElse(null));
        return json.response(wedged ? 503 : 200, body);
    }
}
