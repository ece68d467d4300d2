package dev.liveops.store;

import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The election among the processes sharing one store, run a few times per lease. On PostgreSQL the leader holds a
 * session advisory lock on a connection of its own: when the process dies or its session is killed, the lock goes
 * with it and a standby takes it at its next try. On SQLite (processes on one host, so one clock) the leader renews
 * a lease row; a standby takes an expired lease. Either way each takeover raises the row's epoch, which fenced writes
 * check ({@link Fence}).
 */
public final class StoreLeadership implements Leadership, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoreLeadership.class);
    /** A standby takes over within two leases (one on PostgreSQL) of the leader's end. */
    public static final Duration LEASE = Duration.ofSeconds(5);
    static final String NAME = "liveops";
    /** The advisory lock's key: "LiveOps" in ASCII. */
    private static final long LOCK_KEY = 0x4C6976654F7073L;
    private static final int TRIES_PER_LEASE = 3;

    private final Database database;
    private final String self;
    private final Duration lease;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Term term;
    private volatile Term seen;
    private Connection lockConnection;
    private ScheduledExecutorService scheduler;

    public StoreLeadership(Database database, String self, Duration lease, Clock clock) {
        this.database = database;
        this.self = self;
        this.lease = lease;
        this.clock = clock;
    }

    /** A name no other process shares, a restart of this one included: host, process id and a random part. */
    public static String processName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public Optional<Term> term() {
        return Optional.ofNullable(term);
    }

    @Override
    public Optional<Term> leader() {
        return Optional.ofNullable(seen);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Tries once now (so a lone process leads from its start), then a few times per lease on a thread of its own. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        tick();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "liveops-leadership");
            thread.setDaemon(true);
            return thread;
        });
        long period = lease.toMillis() / TRIES_PER_LEASE;
        scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** One round: a standby tries to take the lead, the leader renews it; then the leader is read for everyone. */
    public synchronized void tick() {
        Term before = term;
        try {
            if (term == null) {
                term = database.dialect() == StoreDialect.POSTGRESQL ? lockAndTakeOver() : takeExpiredLease();
            } else if (!renew(term)) {
                log.warn("Another LiveOps process took over from epoch {}", term.epoch());
                term = null;
            }
        } catch (SQLException | RuntimeException failure) {
            if (term != null) {
                log.warn("Lost the lead (epoch {}): the store could not be reached to renew it: {}", term.epoch(),
                        failure.getMessage());
            } else {
                log.warn("Could not try for the lead: {}", failure.getMessage());
            }
            term = null;
            dropLockConnection();
        }
        seen = readLeader().orElse(term);
        if (before == null && term != null) {
            log.info("This process leads now (epoch {})", term.epoch());
            tell(listener -> listener.elected(term));
        } else if (before != null && term == null) {
            tell(listener -> listener.deposed(before));
        }
    }

    private Term lockAndTakeOver() throws SQLException {
        if (lockConnection == null) {
            lockConnection = database.dedicatedConnection("liveops-leadership " + self);
        }
        try (PreparedStatement lock = lockConnection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                if (!result.next() || !result.getBoolean(1)) {
                    return null;
                }
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement takeOver = lockConnection.prepareStatement("UPDATE leadership SET holder = ?, "
                + "epoch = epoch + 1, elected_at = ?, lease_until = ? WHERE name = ? RETURNING epoch")) {
            takeOver.setString(1, self);
            takeOver.setLong(2, now.toEpochMilli());
            takeOver.setLong(3, now.plus(lease).toEpochMilli());
            takeOver.setString(4, NAME);
            try (ResultSet result = takeOver.executeQuery()) {
                result.next();
                return new Term(self, result.getLong(1), now);
            }
        }
    }

    private Term takeExpiredLease() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.jdbi().inTransaction(handle -> {
            int taken = handle.createUpdate("UPDATE leadership SET holder = :self, epoch = epoch + 1, "
                            + "elected_at = :now, lease_until = :until "
                            + "WHERE name = :name AND (holder IS NULL OR lease_until < :now)")
                    .bind("self", self).bind("now", now.toEpochMilli()).bind("until", now.plus(lease).toEpochMilli())
                    .bind("name", NAME).execute();
            if (taken == 0) {
                return null;
            }
            long epoch = handle.createQuery("SELECT epoch FROM leadership WHERE name = :name").bind("name", NAME)
                    .mapTo(Long.class).one();
            return new Term(self, epoch, now);
        });
    }

    /** False when the row names another holder or epoch: someone took over (a lease this process let expire). */
    private boolean renew(Term mine) throws SQLException {
        long until = clock.instant().plus(lease).toEpochMilli();
        String sql = "UPDATE leadership SET lease_until = ? WHERE name = ? AND holder = ? AND epoch = ?";
        if (lockConnection == null) {
            return database.jdbi().withHandle(handle -> handle.execute(sql, until, NAME, self, mine.epoch())) == 1;
        }
        // On the lock's own connection: a renewal that fails means the lock may be gone with its session.
        try (PreparedStatement renewal = lockConnection.prepareStatement(sql)) {
            renewal.setLong(1, until);
            renewal.setString(2, NAME);
            renewal.setString(3, self);
            renewal.setLong(4, mine.epoch());
            return renewal.executeUpdate() == 1;
        }
    }

    private Optional<Term> readLeader() {
        try {
            long now = clock.millis();
            boolean leaseDecides = database.dialect() == StoreDialect.SQLITE;
            return database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM leadership "
                            + "WHERE name = :name AND holder IS NOT NULL").bind("name", NAME)
                    .map((rs, ctx) -> leaseDecides && rs.getLong("lease_until") < now ? null
                            : new Term(rs.getString("holder"), rs.getLong("epoch"),
                                    Instant.ofEpochMilli(rs.getLong("elected_at"))))
                    .findFirst());
        } catch (RuntimeException failure) {
            return Optional.ofNullable(seen);
        }
    }

    private void tell(Consumer<Listener> event) {
        for (Listener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException failure) {
                log.error("A leadership listener failed", failure);
            }
        }
    }

    private void dropLockConnection() {
        if (lockConnection != null) {
            // Unlocked first: a closed connection's backend releases the lock only when it exits, after close()
            // has returned, so a standby trying at once could still find it held.
            try (PreparedStatement unlock = lockConnection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            } catch (SQLException gone) {
                // A dead session has released its lock already.
            }
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // Closing is all that is left to do with it; a dead session has released its lock already.
            }
            lockConnection = null;
        }
    }

    /** Stops trying and hands the lead over at once: the row is freed and the lock released. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            Term held = term;
            if (held != null) {
                try {
                    database.jdbi().useHandle(handle -> handle.execute("UPDATE leadership SET holder = NULL, "
                            + "lease_until = 0 WHERE name = ? AND holder = ? AND epoch = ?", NAME, self, held.epoch()));
                } catch (RuntimeException failure) {
                    log.warn("Could not free the lead in the store; a standby takes it when the lease ends: {}",
                            failure.getMessage());
                }
                term = null;
                tell(listener -> listener.deposed(held));
                log.info("Handed the lead over (epoch {})", held.epoch());
            }
            dropLockConnection();
        }
    }
}
