package dev.liveops.app;

import dev.liveops.command.ProcessIdentity;
import dev.liveops.command.ProcessRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this process alive in the store's eyes (a heartbeat renewing its lease) and, once asked, takes over the
 * actions of processes whose lease ran out: so an action whose process died is reported even if none restarts.
 */
final class ProcessLiveness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProcessLiveness.class);
    static final Duration BEAT = Duration.ofSeconds(5);
    /** Four missed beats: a slow database or a GC pause is not mistaken for a death. */
    static final Duration LEASE = Duration.ofSeconds(20);
    static final Duration TAKEOVER = Duration.ofSeconds(15);

    private final ProcessRegistry registry;
    private final ProcessIdentity self;
    private final ScheduledExecutorService scheduler;
    private boolean takingOver;

    ProcessLiveness(ProcessRegistry registry, ProcessIdentity self) {
        this(registry, self, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "liveops-heartbeat");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param scheduler runs the heartbeat and the takeovers; shut down on close */
    ProcessLiveness(ProcessRegistry registry, ProcessIdentity self, ScheduledExecutorService scheduler) {
        this.registry = registry;
        this.self = self;
        this.scheduler = scheduler;
    }

    /** Registers this process before it owns anything, then renews its lease every few seconds. */
    void start() {
        registry.heartbeat(self, LEASE);
        log.info("This LiveOps process is {}", self.describe());
        scheduler.scheduleWithFixedDelay(() -> guarded("Renewing this process's lease",
                () -> registry.heartbeat(self, LEASE)), BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code takeOver} every {@link #TAKEOVER} from now on; once, however often it is called. */
    synchronized void takeOverPeriodically(Runnable takeOver) {
        if (takingOver) {
            return;
        }
        takingOver = true;
        scheduler.scheduleWithFixedDelay(() -> guarded("Taking over the actions of gone processes", takeOver),
                TAKEOVER.toMillis(), TAKEOVER.toMillis(), TimeUnit.MILLISECONDS);
    }

    // Anything escaping would silently cancel the schedule: the lease would run out while this process lives.
    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable failure) {
            log.warn("{} failed; trying again on schedule", what, failure);
        }
    }

    /** A clean stop: the lease ends now, so another process may take over at once. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            registry.retire(self);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unreachable) {
            log.warn("Could not mark this process as stopped; its lease runs out in {} s", LEASE.toSeconds(),
                    unreachable);
        }
    }
}
