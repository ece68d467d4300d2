package dev.liveops.notify;

import java.time.Instant;
import java.util.Objects;

/** A message in the outbox: persisted before the first attempt, marked once the platform took it. */
public record QueuedMessage(long id, OutboundMessage message, int attempts, Instant queuedAt) {
    public QueuedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
