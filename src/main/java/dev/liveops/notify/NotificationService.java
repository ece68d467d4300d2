package dev.liveops.notify;

import dev.liveops.command.ActionObserver;
import dev.liveops.command.ExecutedAction;
import dev.liveops.leader.FencedWriteException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the watcher and the courier on one background thread, a step every few seconds: poll or read what is due,
 * then deliver what is queued. Also the command core's {@link ActionObserver}, so actions sent from chat are watched.
 */
public final class NotificationService implements ActionObserver, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final StatusWatcher watcher;
    private final OutboxCourier courier;
    private final Duration step;
    private ScheduledExecutorService scheduler;

    public NotificationService(StatusWatcher watcher, OutboxCourier courier, Duration step) {
        this.watcher = watcher;
        this.courier = courier;
        this.step = step;
    }

    public void addPoster(ChannelPoster poster) {
        courier.addPoster(poster);
    }

    @Override
    public void sent(ExecutedAction action) {
        watcher.watch(action);
    }

    /** One step; the scheduler calls it, tests call it with a test clock. Never throws. */
    public void step() {
        // Throwable, not Exception: anything escaping would silently cancel the schedule and end all notifications.
        try {
            watcher.runDue();
        } catch (FencedWriteException deposed) {
            log.warn("The status watcher's cycle was not recorded: {}", deposed.getMessage());
        } catch (Throwable e) {
            log.error("The status watcher failed; it tries again at the next step", e);
        }
        try {
            courier.deliverDue();
        } catch (FencedWriteException deposed) {
            log.warn("Delivery stopped: {}", deposed.getMessage());
        } catch (Throwable e) {
            log.error("Delivering notifications failed; they stay queued for the next step", e);
        }
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "liveops-watcher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::step, 0, step.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
