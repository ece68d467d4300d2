package dev.liveops.ops;

import dev.liveops.access.Platform;
import dev.liveops.notify.NotificationObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/** {@code liveops_notifications_total} by platform and outcome, and {@code liveops_watcher_cycle_seconds}. */
final class NotificationMetrics implements NotificationObserver {
    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void polled(boolean answered, Duration took) {
        Timer.builder("liveops.watcher.cycle")
                .description("Polls of QuantConnect's live list by the watcher, by outcome")
                .tag("outcome", answered ? "answered" : "failed")
                .serviceLevelObjectives(LiveOpsMetrics.LATENCY_BUCKETS)
                .register(registry)
                .record(took);
    }

    @Override
    public void rateLimited(Platform platform, Duration asked) {
        Timer.builder("liveops.chat.rate.limit.waits")
                .description("Times a chat platform answered a notification with 429, and the waits it asked for")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .record(asked);
    }

    @Override
    public void delivery(Platform platform, Delivery delivery) {
        count(platform, delivery, 1);
    }

    void count(Platform platform, Delivery delivery, int amount) {
        Counter.builder("liveops.notifications")
                .description("Notifications by chat platform and what became of them")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT))
                .tag("outcome", delivery.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment(amount);
    }
}
