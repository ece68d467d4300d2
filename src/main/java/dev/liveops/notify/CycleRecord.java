package dev.liveops.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one watcher step decided, written in one transaction: the deployments' new state, the messages it
 * produced at {@code at}, the outage state after it, and the close watches it ended. Either all of it is kept or none, so a crash
 * can neither lose a change nor notify it twice. {@code completePoll} is set when QuantConnect's whole list was read:
 * only that can be the baseline.
 */
public record CycleRecord(Instant at, List<KnownDeployment> updates, Set<Long> vanished, List<OutboundMessage> messages,
                          Optional<Outage> outage, Set<String> endedWatches, boolean completePoll) {
    public CycleRecord {
        java.util.Objects.requireNonNull(at, "at");
        updates = List.copyOf(updates);
        vanished = Set.copyOf(vanished);
        messages = List.copyOf(messages);
        java.util.Objects.requireNonNull(outage, "outage");
        endedWatches = Set.copyOf(endedWatches);
    }
}
