package dev.liveops.notify;

import dev.liveops.notify.StatusChange.Kind;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Compares what QuantConnect lists now with what the watcher knew: the changes to notify and the state to keep.
 * Pure and allocation-light, since it runs over every deployment of the organisation on every poll.
 */
public final class StatusDiff {
    private final Optional<Duration> remindEvery;

    /** @param remindEvery how often to remind of a deployment that stays in an error status; empty for never */
    public StatusDiff(Optional<Duration> remindEvery) {
        this.remindEvery = remindEvery;
    }

    /** The changes, and what to write back: changed deployments and the projects whose deployment vanished. */
    public record Result(List<StatusChange> changes, List<KnownDeployment> updates, Set<Long> vanished) {
    }

    /**
     * @param complete true when {@code current} is QuantConnect's whole list, so that what is missing has vanished;
     *                 false for a look at a few projects
     */
    public Result compare(Map<Long, KnownDeployment> known, Collection<LiveDeployment> current, boolean complete,
                          Instant now, LongFunction<String> projectName) {
        List<StatusChange> changes = new ArrayList<>();
        List<KnownDeployment> updates = new ArrayList<>();
        Map<Long, LiveDeployment> latest = latestPerProject(current);
        for (LiveDeployment deployment : latest.values()) {
            KnownDeployment before = known.get(deployment.projectId());
            Kind kind = kindOf(before, deployment, now);
            if (kind == null) {
                continue;
            }
            LiveStatus status = deployment.status();
            Instant since = kind == Kind.REMINDER ? before.since() : now;
            updates.add(new KnownDeployment(deployment.projectId(), deployment.deployId(), status,
                    deployment.error(), deployment.equity(), since, status.isError() ? now : null));
            changes.add(new StatusChange(deployment.projectId(), projectName.apply(deployment.projectId()),
                    deployment.deployId(), kind, before == null ? Optional.empty() : Optional.of(before.status()),
                    Optional.of(status), now, status.isError() ? deployment.error() : "", deployment.equity()));
        }
        Set<Long> vanished = new HashSet<>();
        if (complete) {
            for (KnownDeployment gone : known.values()) {
                if (!latest.containsKey(gone.projectId())) {
                    vanished.add(gone.projectId());
                    changes.add(new StatusChange(gone.projectId(), projectName.apply(gone.projectId()),
                            gone.deployId(), Kind.VANISHED, Optional.of(gone.status()), Optional.empty(), now, "",
                            gone.equity()));
                }
            }
        }
        return new Result(changes, updates, vanished);
    }

    /** Null when nothing worth telling happened. */
    private Kind kindOf(KnownDeployment before, LiveDeployment now, Instant at) {
        if (before == null) {
            return Kind.NEW;
        }
        if (!before.deployId().equals(now.deployId())) {
            return Kind.REDEPLOYED;
        }
        if (before.status() != now.status()) {
            return before.status().isError() && now.status() == LiveStatus.RUNNING ? Kind.RECOVERED : Kind.CHANGED;
        }
        if (now.status().isError() && remindEvery.isPresent() && before.lastAlertAt() != null
                && !at.isBefore(before.lastAlertAt().plus(remindEvery.get()))) {
            return Kind.REMINDER;
        }
        return null;
    }

    /** QuantConnect may list several deployments of one project; only the newest one is live. */
    private static Map<Long, LiveDeployment> latestPerProject(Collection<LiveDeployment> current) {
        Map<Long, LiveDeployment> latest = new HashMap<>(Math.max(16, current.size() * 4 / 3 + 1));
        for (LiveDeployment deployment : current) {
            if (deployment.deployId() == null || deployment.deployId().isBlank()) {
                continue;
            }
            latest.merge(deployment.projectId(), deployment, StatusDiff::newer);
        }
        return latest;
    }

    private static LiveDeployment newer(LiveDeployment a, LiveDeployment b) {
        if (a.launched() != null && b.launched() != null && !a.launched().equals(b.launched())) {
            return a.launched().isAfter(b.launched()) ? a : b;
        }
        return a.deployId().compareTo(b.deployId()) >= 0 ? a : b;
    }
}
