package dev.liveops.command;

import java.time.Duration;

/**
 * The LiveOps processes on one store and whether each still lives: a process renews its lease while it runs, and a
 * process whose lease ran out (on the database's clock) is gone. Actions owned by a gone process may be taken over;
 * see {@link PendingActionStore#takeOverOrphans}.
 */
public interface ProcessRegistry {
    /** Registers {@code process}, or renews it, as alive for {@code lease} from now. */
    void heartbeat(ProcessIdentity process, Duration lease);

    /** A clean stop: the process is gone at once, so its unfinished actions need not wait for its lease. */
    void retire(ProcessIdentity process);
}
