package dev.liveops.equity;

import dev.liveops.quantconnect.model.LiveDeployment;
import java.time.Instant;
import java.util.List;

/**
 * Hears each poll of {@code live/list} that QuantConnect answered, after the watcher recorded it. Called on the
 * leader's watcher thread only; must not throw (the watcher's own work is done by then).
 */
public interface PollListener {
    PollListener NONE = (at, deployments) -> { };

    void answered(Instant at, List<LiveDeployment> deployments);

    /** Each listener in turn. */
    static PollListener all(List<PollListener> listeners) {
        List<PollListener> copy = List.copyOf(listeners);
        return (at, deployments) -> copy.forEach(listener -> listener.answered(at, deployments));
    }
}
