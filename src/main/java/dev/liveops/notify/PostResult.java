package dev.liveops.notify;

/** What happened to one post. */
public sealed interface PostResult {
    /** The platform accepted it; {@code messageId} identifies the message there (a Discord id, a Slack ts). */
    record Posted(String messageId) implements PostResult {
    }

    /**
     * The platform refused it for a reason that will not go away by itself: the channel is gone or the bot may not
     * post there. Retried much later, in case someone fixes it.
     */
    record Refused(String reason) implements PostResult {
    }

    /** A passing failure (timeout, 5xx, rate limit beyond patience): retried soon. */
    record Failed(String reason) implements PostResult {
    }
}
