package dev.liveops.equity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where equity snapshots are kept. Writes are the leader's. */
public interface EquitySnapshotStore {
    /** Adds snapshots; one already stored for the same project and time is kept as it was. */
    void add(List<EquitySnapshot> snapshots);

    /** Each project's latest snapshot, by project id: where the recorder resumes after a restart. */
    Map<Long, EquitySnapshot> latest();

    /** Snapshots taken from {@code from} to {@code to} inclusive, by project, oldest first. */
    List<EquitySnapshot> between(Instant from, Instant to);

    /** The project's latest snapshot taken before {@code at}, if any is kept. */
    Optional<EquitySnapshot> lastBefore(long projectId, Instant at);

    /** Deletes at most {@code limit} snapshots taken before {@code cutoff}; returns how many it deleted. */
    int deleteBefore(Instant cutoff, int limit);
}
