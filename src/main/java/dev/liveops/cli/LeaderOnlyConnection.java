package dev.liveops.cli;

import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.time.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform connection only the leader holds: the Discord gateway, since Discord gives every event to every session
 * and a second one would answer twice. Connected on election, closed when deposed. Connecting again soon after the
 * last try waits longer each time (capped): Discord allows 1,000 identifies a day and resets the token beyond.
 */
final class LeaderOnlyConnection<T extends AutoCloseable> implements Leadership.Listener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaderOnlyConnection.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final String name;
    private final Supplier<T> connect;
    private final Function<T, ChannelPoster> poster;
    private final Consumer<ChannelPoster> deliverThrough;
    private final Clock clock;
    private final Pause pause;
    private final ExecutorService thread;
    private volatile boolean wanted;
    private T connection;
    private int recentTries;
    private Instant lastTry = Instant.MIN;

    LeaderOnlyConnection(String name, Supplier<T> connect, Function<T, ChannelPoster> poster,
                         Consumer<ChannelPoster> deliverThrough, Clock clock, Pause pause) {
        this.name = name;
        this.connect = connect;
        this.poster = poster;
        this.deliverThrough = deliverThrough;
        this.clock = clock;
        this.pause = pause;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread connecting = new Thread(runnable, "liveops-" + name.toLowerCase(Locale.ROOT) + "-leader");
            connecting.setDaemon(true);
            return connecting;
        });
    }

    /** Connects on the caller's thread, failing as the platform does: at start-up, a bad token stops LiveOps. */
    void connectNow() {
        wanted = true;
        lastTry = clock.instant();
        recentTries = 1;
        T connected = connect.get();
        synchronized (this) {
            connection = connected;
        }
        deliverThrough.accept(poster.apply(connected));
        if (!wanted) {
            thread.execute(this::disconnect); // deposed while connecting
        }
    }

    @Override
    public void elected(Term term) {
        wanted = true;
        thread.execute(this::connectUntilConnected);
    }

    @Override
    public void deposed(Term term) {
        wanted = false;
        thread.execute(this::disconnect);
    }

    /** Whether the platform is connected now. */
    synchronized boolean connected() {
        return connection != null;
    }

    /** Finishes what was asked so far (tests wait on it instead of sleeping). */
    void settle() throws Exception {
        thread.submit(() -> { }).get();
    }

    private void connectUntilConnected() {
        while (wanted && !connected()) {
            Duration wait = nextWait();
            try {
                if (!wait.isZero()) {
                    log.info("Connecting to {} in {} s (tried {} times lately)", name, wait.toSeconds(), recentTries);
                    pause.pause(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!wanted) {
                return;
            }
            lastTry = clock.instant();
            recentTries++;
            try {
                T connected = connect.get();
                synchronized (this) {
                    connection = connected;
                }
                deliverThrough.accept(poster.apply(connected));
                log.info("Connected to {} as the leader", name);
            } catch (RuntimeException failure) {
                log.warn("Connecting to {} failed: {}", name, failure.getMessage());
            }
        }
    }

    /** No wait after a quiet spell; otherwise 5 s, 10 s, 20 s ... up to 5 min after the last try. */
    private Duration nextWait() {
        if (lastTry.plus(MAX_WAIT.multipliedBy(2)).isBefore(clock.instant())) {
            recentTries = 0;
        }
        if (recentTries == 0) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(recentTries - 1, 10));
        wait = (wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait).minus(Duration.between(lastTry, clock.instant()));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private void disconnect() {
        T open;
        synchronized (this) {
            open = connection;
            connection = null;
        }
        if (open != null) {
            try {
                open.close();
                log.info("Disconnected from {}: this process no longer leads", name);
            } catch (Exception e) {
                log.warn("Closing {} failed", name, e);
            }
        }
    }

    @Override
    public void close() {
        wanted = false;
        thread.shutdownNow();
        disconnect();
    }
}
