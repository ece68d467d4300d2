package dev.liveops.access;

/** The outcome of one access check, with the sentence to show when it is a refusal. */
public sealed interface AccessDecision {
    record Allowed() implements AccessDecision {
    }

    record Denied(String reason) implements AccessDecision {
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
