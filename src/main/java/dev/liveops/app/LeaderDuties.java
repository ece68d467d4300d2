package dev.liveops.app;

import dev.liveops.access.Platform;
import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What only the leader does: on taking over, finish the actions a previous leader left half done, then watch
 * QuantConnect and deliver the outbox until deposed. Runs on a thread of its own, so a slow recovery never delays the
 * lease renewals. Each term gets a fresh watcher: one kept from an earlier term would remember stale statuses.
 */
final class LeaderDuties implements Leadership.Listener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaderDuties.class);

    private final Supplier<NotificationService> newService;
    private final Runnable recovery;
    /** One per platform: a reconnected platform's poster replaces the one before. */
    private final Map<Platform, ChannelPoster> posters = new EnumMap<>(Platform.class);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread duties = new Thread(runnable, "liveops-leader-duties");
        duties.setDaemon(true);
        return duties;
    });
    private boolean leading;
    private boolean serving;
    private NotificationService running;

    LeaderDuties(Supplier<NotificationService> newService, Runnable recovery) {
        this.newService = newService;
        this.recovery = recovery;
    }

    @Override
    public void elected(Term term) {
        run(() -> {
            leading = true;
            try {
                recovery.run();
            } catch (RuntimeException failure) {
                log.error("Finishing the actions a previous run left half done failed", failure);
            }
            startIfServing();
        });
    }

    @Override
    public void deposed(Term term) {
        run(() -> {
            leading = false;
            stopRunning();
            log.info("Stopped watching and delivering: epoch {} ended", term.epoch());
        });
    }

    /** From now on the leader delivers through these platforms (and those added later). */
    void serve(List<ChannelPoster> platforms) {
        run(() -> {
            platforms.forEach(poster -> posters.put(poster.platform(), poster));
            serving = true;
            startIfServing();
        });
    }

    /** A platform connected after the others (the Discord gateway, which only a leader holds). */
    void addPoster(ChannelPoster poster) {
        run(() -> {
            posters.put(poster.platform(), poster);
            if (running != null) {
                running.addPoster(poster);
            }
        });
    }

    void stopServing() {
        run(() -> {
            serving = false;
            stopRunning();
        });
        settle();
    }

    /** Waits until what was asked so far is done: start-up goes on only once recovery has run. */
    void settle() {
        if (thread.isShutdown()) {
            return;
        }
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** In order, on the duties' thread; once closed, nothing more is done. */
    private void run(Runnable task) {
        if (!thread.isShutdown()) {
            thread.execute(task);
        }
    }

    private void startIfServing() {
        if (leading && serving && running == null) {
            running = newService.get();
            posters.values().forEach(running::addPoster);
            running.start();
        }
    }

    private void stopRunning() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    public void close() {
        stopServing();
        thread.shutdown();
    }
}
