package dev.liveops.notify;

import dev.liveops.quantconnect.model.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the order watcher keeps across polls and restarts: per deployment, how many of its orders are known and which
 * order statuses were already seen. A poll's reading is written with the messages it produced, in one transaction.
 */
public interface OrderEventStore {
    /** How many orders of the deployment are known; empty when its orders were never read. */
    OptionalInt frontier(String deployId);

    /** The statuses already seen of the deployment's orders with ids from {@code fromId} to {@code toId}. */
    Set<Seen> seen(String deployId, long fromId, long toId);

    /** The deployments whose orders were read and are remembered. */
    Set<String> watched();

    /**
     * Writes a poll's readings and their messages atomically (as the leader); a project's older deployments go, and
     * so do the {@code forgotten} ones, no longer wanted: read again, they start from a silent first read.
     */
    void record(Instant at, List<Reading> readings, List<OutboundMessage> messages, Set<String> forgotten);

    /** An order that reached a status: told once per deployment. */
    record Seen(long orderId, OrderStatus status) {
        public Seen {
            Objects.requireNonNull(status, "status");
        }
    }

    /** What one read of a deployment's orders found: its new frontier and the statuses seen for the first time. */
    record Reading(String deployId, long projectId, int frontier, Set<Seen> newlySeen) {
        public Reading {
            Objects.requireNonNull(deployId, "deployId");
            newlySeen = Set.copyOf(newlySeen);
        }
    }
}
