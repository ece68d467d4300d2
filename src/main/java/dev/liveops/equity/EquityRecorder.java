package dev.liveops.equity;

import dev.liveops.quantconnect.model.LiveDeployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each deployment's equity as the watcher's polls see it: one snapshot per deployment per interval, another
 * whenever its status or deploy id changes (so errors between digests are never lost), and deletes old ones a batch
 * at a time so that pruning never holds the store for long. Runs on the leader's watcher thread.
 */
public final class EquityRecorder implements PollListener {
    private static final Logger log = LoggerFactory.getLogger(EquityRecorder.class);
    /** Deleted per poll at most; a backlog (a lowered retention) drains over the next polls. */
    static final int PRUNE_BATCH = 1_000;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final EquitySnapshotStore store;
    private final SnapshotSettings settings;
    private Map<Long, EquitySnapshot> latest;
    private Instant nextPruneAt = Instant.MIN;

    public EquityRecorder(EquitySnapshotStore store, SnapshotSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public void answered(Instant at, List<LiveDeployment> deployments) {
        try {
            record(at, deployments);
            prune(at);
        } catch (RuntimeException failure) {
            // A missed snapshot leaves a gap in the curve; the watcher's notifications must not suffer for it.
            log.warn("Equity snapshots were not kept at {}: {}", at, failure.getMessage());
        }
    }

    private void record(Instant at, List<LiveDeployment> deployments) {
        if (latest == null) {
            latest = new HashMap<>(store.latest());
        }
        List<EquitySnapshot> taken = new ArrayList<>();
        // Due when the last one is at least an interval old: one subtraction per poll, not an addition per row.
        Instant dueUpTo = at.minus(settings.interval());
        for (LiveDeployment deployment : deployments) {
            if (deployment.deployId() == null) {
                continue;
            }
            EquitySnapshot last = latest.get(deployment.projectId());
            if (last == null || isDue(last, deployment, dueUpTo)) {
                taken.add(new EquitySnapshot(deployment.projectId(), deployment.deployId(), at, deployment.status(),
                        deployment.equity()));
            }
        }
        if (!taken.isEmpty()) {
            store.add(taken);
            taken.forEach(snapshot -> latest.put(snapshot.projectId(), snapshot));
        }
    }

    private static boolean isDue(EquitySnapshot last, LiveDeployment now, Instant dueUpTo) {
        return last.status() != now.status() || !last.at().isAfter(dueUpTo) || !last.deployId().equals(now.deployId());
    }

    private void prune(Instant at) {
        if (at.isBefore(nextPruneAt)) {
            return;
        }
        int deleted = store.deleteBefore(at.minus(settings.retention()), PRUNE_BATCH);
        nextPruneAt = deleted >= PRUNE_BATCH ? Instant.MIN : at.plus(PRUNE_EVERY);
        if (deleted > 0) {
            log.info("Deleted {} equity snapshots older than {}", deleted, settings.retention());
        }
    }
}
