package dev.liveops.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the watcher keeps between polls and across restarts: known statuses, the outbox, outages, close watches. */
public interface NotificationStore {
    /** Known deployments by project id; empty before the first poll ever. */
    Map<Long, KnownDeployment> knownDeployments();

    /** Whether a first poll was ever recorded: before it, what QuantConnect lists is the baseline, not news. */
    boolean hasBaseline();

    /** The known deployment of one project. Any thread. */
    Optional<KnownDeployment> knownDeployment(long projectId);

    Optional<Outage> outage();

    List<CloseWatch> closeWatches();

    void addCloseWatch(CloseWatch watch);

    /** Queues messages that report no state change of the watcher's own (e.g. actions finished at start-up). */
    void queue(List<OutboundMessage> messages, Instant at);

    /** Writes a cycle's outcome atomically; the first complete poll also marks the baseline as taken. */
    void record(CycleRecord cycle);

    /** Messages not yet delivered whose next attempt is due, oldest first. */
    List<QueuedMessage> dueMessages(Instant now, int limit);

    /** How many messages wait in the outbox, due or not: neither sent nor given up. Any thread. */
    int undelivered();

    void markSent(long id, Instant at);

    void markFailed(long id, Instant retryAt, String error);

    /** Gives a message up for good: it stays in the store, marked, for the record. */
    void markAbandoned(long id, Instant at, String error);
}
