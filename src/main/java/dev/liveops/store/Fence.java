package dev.liveops.store;

import dev.liveops.leader.FencedWriteException;
import dev.liveops.leader.Leadership;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check every side effect passes: a write happens only in a transaction that first finds the leadership
 * epoch it was decided under still current. That first statement locks the leadership row (PostgreSQL) or takes the
 * write lock (SQLite), so a takeover either waits for the write or the write sees the takeover; a deposed leader's
 * late write is refused, never half done.
 */
public final class Fence {
    private static final Logger log = LoggerFactory.getLogger(Fence.class);

    private final Leadership leadership;

    private Fence(Leadership leadership) {
        this.leadership = leadership;
    }

    public static Fence of(Leadership leadership) {
        return new Fence(leadership);
    }

    /** No check at all: one process that never elects (tests, tools); every write goes through. */
    public static Fence unfenced() {
        return new Fence(null);
    }

    /** The epoch this process writes under: its own term's while it leads, otherwise the leader's it last saw. */
    public OptionalLong current() {
        if (leadership == null) {
            return OptionalLong.empty();
        }
        return leadership.term().or(leadership::leader).map(term -> OptionalLong.of(term.epoch()))
                .orElse(OptionalLong.empty());
    }

    /** A leader's duty (the watcher's cycle, the outbox's marks): refused unless this process leads, now. */
    <T> T asLeader(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> work) {
        if (leadership == null) {
            return jdbi.inTransaction(work);
        }
        long epoch = leadership.term().orElseThrow(() -> refused(what, "this process is not the leader")).epoch();
        return jdbi.inTransaction(handle -> {
            check(handle, epoch, what);
            return work.withHandle(handle);
        });
    }

    /**
     * Any process's write that must not cross a takeover it has not seen: a leader checks its own term; a standby
     * writes under whichever epoch is current, since it holds no term that could have ended.
     */
    <T> T asSelf(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> work) {
        if (leadership == null || leadership.term().isEmpty()) {
            return jdbi.inTransaction(work);
        }
        long epoch = leadership.term().get().epoch();
        return jdbi.inTransaction(handle -> {
            check(handle, epoch, what);
            return work.withHandle(handle);
        });
    }

    private static void check(Handle handle, long epoch, String what) {
        int current = handle.execute("UPDATE leadership SET epoch = epoch WHERE name = ? AND epoch = ?",
                StoreLeadership.NAME, epoch);
        if (current == 0) {
            long now = handle.createQuery("SELECT epoch FROM leadership WHERE name = :name")
                    .bind("name", StoreLeadership.NAME).mapTo(Long.class).one();
            throw refused(what, "it decided under leadership epoch " + epoch + " and another process has led since "
                    + "(epoch " + now + ")");
        }
    }

    private static FencedWriteException refused(String what, String why) {
        FencedWriteException refusal = new FencedWriteException("This LiveOps process did not " + what + ": " + why
                + "; nothing was written.");
        log.warn(refusal.getMessage());
        return refusal;
    }
}
