package dev.liveops.access;

/** What happened at one step of a command's life; a destructive action leaves several steps under one code. */
public enum AuditStep {
    /** The input was not a valid command. */
    INVALID,
    /** The access check refused it. */
    DENIED,
    /** A read ran; the outcome says whether QuantConnect answered. */
    ANSWERED,
    /** A read or a preview failed (QuantConnect error, timeout, unknown project). */
    FAILED,
    /** A destructive action was previewed and now waits for its requester's confirmation. */
    REQUESTED,
    CONFIRMED,
    APPROVED,
    CANCELLED,
    EXPIRED,
    /** A confirm, approve or cancel that was refused (wrong person, already answered). */
    REFUSED,
    /** QuantConnect accepted the action. */
    EXECUTED,
    /** QuantConnect refused the action. */
    EXECUTION_FAILED,
    /** The request may have reached QuantConnect but its answer was lost. */
    OUTCOME_UNKNOWN,
    /** Not run: the chat platform already had its configured limit of commands running and waiting, or stopped. */
    NOT_RUN
}
