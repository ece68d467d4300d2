package dev.liveops.ops;

import dev.liveops.notify.Outage;
import dev.liveops.notify.WatcherHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The readiness checks LiveOps has: its store, QuantConnect as the watcher sees it, each chat platform. */
public final class CoreChecks {
    private static final Logger log = LoggerFactory.getLogger(CoreChecks.class);

    private CoreChecks() {
    }

    /** The store answers a trivial query; {@code ping} throws when it does not. */
    public static ReadinessCheck store(Runnable ping) {
        return () -> {
            try {
                ping.run();
                return Check.of("store", true, "the store answers a trivial query");
            } catch (RuntimeException failure) {
                // The class only: a driver's message may quote the JDBC URL, which may hold a password.
                log.warn("Readiness: the store did not answer ({})", failure.getClass().getSimpleName());
                return Check.of("store", false, "the store answers a trivial query");
            }
        };
    }

    /**
     * QuantConnect answers the watcher's polls: not ready once it has failed them for as long as it takes to alert
     * the channels (the outage threshold), ready again after its next answer.
     */
    public static ReadinessCheck quantConnect(Supplier<WatcherHealth> watcher, Clock clock) {
        return () -> {
            Instant now = clock.instant();
            WatcherHealth health = watcher.get();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("checks", "QuantConnect has not failed the watcher's polls for "
                    + health.outageAlertAfter().toSeconds() + " s or more");
            detail.put("lastSuccessfulPollAt", health.lastPollAt().map(Instant::toString).orElse(null));
            detail.put("lastSuccessfulPollAgeSeconds", health.lastPollAt()
                    .map(at -> Duration.between(at, now).toSeconds()).orElse(null));
            detail.put("pollIntervalSeconds", health.pollInterval().toSeconds());
            detail.put("outage", health.outage().map(outage -> outage(outage, health, now)).orElse(null));
            return new Check("quantconnect", !health.quantConnectDown(now), detail);
        };
    }

    /** A chat platform LiveOps is configured for is connected; {@code state} names what it is doing. */
    public static ReadinessCheck chat(String platform, BooleanSupplier connected, Supplier<String> state) {
        return () -> new Check(platform, connected.getAsBoolean(), Map.of("state", state.get()));
    }

    /** The outage's reason is left out: it is a sentence, and a sentence is free text. */
    private static Map<String, Object> outage(Outage outage, WatcherHealth health, Instant now) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("since", outage.since().toString());
        detail.put("failedPolls", outage.failures());
        detail.put("pastThreshold", health.quantConnectDown(now));
        return detail;
    }
}
