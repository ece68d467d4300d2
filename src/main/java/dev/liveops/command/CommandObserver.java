package dev.liveops.command;

import java.time.Duration;
import java.util.Optional;

/**
 * Told how each command line ended and how each sent action ended, so that the wiring can count them. Labels only:
 * never the line's text, which is free and may hold anything. Called on the command's thread; must return quickly
 * and never throw.
 */
public interface CommandObserver {
    CommandObserver NONE = new CommandObserver() { };

    /** @param command the command the line named; empty when it named none */
    default void handled(Optional<CommandName> command, Outcome outcome, Duration took) {
    }

    /** A confirmed action was sent (or found not to apply) and ended in {@code state}. */
    default void actionEnded(CommandName kind, ActionState state) {
    }

    /** How a command line ended: a bounded set, fit for a metric label. */
    enum Outcome {
        /** Answered, whatever the answer said (a refusal by access rules included). */
        ANSWERED,
        /** Not a command LiveOps understands. */
        INVALID,
        /** QuantConnect failed or refused the credentials. */
        QUANTCONNECT_FAILED,
        /** A bug inside LiveOps. */
        INTERNAL_ERROR,
        /** LiveOps was shutting down. */
        INTERRUPTED
    }
}
