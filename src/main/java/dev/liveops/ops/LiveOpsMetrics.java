package dev.liveops.ops;

import dev.liveops.access.Platform;
import dev.liveops.command.CommandObserver;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.notify.WatcherHealth;
import dev.liveops.quantconnect.CallObserver;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code GET /metrics} shows, in Prometheus text: LiveOps' own meters (named {@code liveops_*}, labelled
 * only with bounded values: endpoints, command names, outcomes, platforms) and the JVM's and the process's under
 * Micrometer's standard names, so that stock JVM dashboards work.
 */
public final class LiveOpsMetrics implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveOpsMetrics.class);
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final QuantConnectMetrics quantConnect = new QuantConnectMetrics(registry);
    private final CommandMetrics commands = new CommandMetrics(registry);
    private final NotificationMetrics notifications = new NotificationMetrics(registry);

    public LiveOpsMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // Counted from zero, so that a rate over them exists before the first notification.
        for (Platform platform : Platform.values()) {
            for (NotificationObserver.Delivery delivery : NotificationObserver.Delivery.values()) {
                notifications.count(platform, delivery, 0);
            }
        }
    }

    public CallObserver quantConnect() {
        return quantConnect;
    }

    public CommandObserver commands() {
        return commands;
    }

    public NotificationObserver notifications() {
        return notifications;
    }

    /** Gauges read at each scrape: what the watcher last did, and how deep the outbox is. */
    public void watch(Supplier<WatcherHealth> watcher, IntSupplier outboxDepth) {
        Gauge.builder("liveops.watcher.last.poll.timestamp", watcher, w -> epochSeconds(w.get().lastPollAt()))
                .description("When QuantConnect last answered the watcher's poll (Unix time); NaN before the first")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("liveops.watcher.last.step.timestamp", watcher, w -> epochSeconds(w.get().lastStepAt()))
                .description("When the watcher loop last began a step (Unix time); NaN before the first")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("liveops.watcher.poll.interval", watcher, w -> w.get().pollInterval().toMillis() / 1000.0)
                .description("How often the watcher polls QuantConnect while it answers")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("liveops.quantconnect.reachable", watcher, w -> reachable(w.get()))
                .description("1 while QuantConnect answers the watcher's polls, 0 while they fail; NaN before the "
                        + "first poll").strongReference(true).register(registry);
        Gauge.builder("liveops.outbox.depth", outboxDepth, LiveOpsMetrics::depth)
                .description("Notifications waiting in the outbox, neither sent nor given up")
                .strongReference(true).register(registry);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private static double epochSeconds(Optional<Instant> at) {
        return at.map(instant -> instant.toEpochMilli() / 1000.0).orElse(Double.NaN);
    }

    private static double reachable(WatcherHealth health) {
        if (health.outage().isPresent()) {
            return 0;
        }
        return health.lastPollAt().isPresent() ? 1 : Double.NaN;
    }

    private static double depth(IntSupplier outboxDepth) {
        try {
            return outboxDepth.getAsInt();
        } catch (RuntimeException unreachable) {
            log.warn("The outbox depth could not be read ({})", unreachable.getClass().getSimpleName());
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
