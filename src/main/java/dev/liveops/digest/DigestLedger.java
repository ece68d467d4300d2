package dev.liveops.digest;

import dev.liveops.reply.Reply;
import java.time.Instant;
import java.util.Optional;

/** Which digest period each channel was last sent, and the one way to send the next: exactly once. Writes are the leader's. */
public interface DigestLedger {
    /** The scheduled time of the last period queued for the channel (or taken as its starting point). */
    Optional<Instant> lastPeriod(DigestChannel channel);

    /** Takes the period as already done, without a message: where a configured digest starts. Keeps a later one. */
    void startAt(DigestChannel channel, Instant period);

    /**
     * In one transaction: marks the period sent unless it (or a later one) already was, and if so queues the message
     * in the outbox. Returns whether it queued it.
     */
    boolean queue(DigestChannel channel, Instant period, Reply digest, Instant now);
}
