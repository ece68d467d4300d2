package dev.liveops.notify;

import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.SnoozeStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A snooze silences, it does not resolve: a project still in error when its snooze ends is announced again, as
 * Alertmanager does when a silence expires over a firing alert.
 */
final class SnoozeReminders {
    private final SnoozeStore snoozes;

    SnoozeReminders(SnoozeStore snoozes) {
        this.snoozes = snoozes;
    }

    /** Reminders for the snoozes that ended since the last poll, except for projects that changed anyway. */
    List<StatusChange> stillFailing(Optional<Instant> lastPollAt, Instant now, StatusDiff.Result result,
                                    Map<Long, KnownDeployment> known, LongFunction<String> projectName) {
        if (lastPollAt.isEmpty()) {
            return List.of();
        }
        Set<Long> changed = result.changes().stream().map(StatusChange::projectId).collect(Collectors.toSet());
        List<StatusChange> reminders = new ArrayList<>();
        for (Snooze ended : snoozes.endedBetween(lastPollAt.get(), now)) {
            KnownDeployment deployment = known.get(ended.projectId());
            if (deployment != null && deployment.status().isError() && !changed.contains(ended.projectId())) {
                reminders.add(new StatusChange(deployment.projectId(), projectName.apply(deployment.projectId()),
                        deployment.deployId(), StatusChange.Kind.REMINDER, Optional.of(deployment.status()),
                        Optional.of(deployment.status()), now, deployment.error(), deployment.equity()));
            }
        }
        return reminders;
    }
}
