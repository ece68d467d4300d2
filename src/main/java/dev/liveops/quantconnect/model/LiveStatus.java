package dev.liveops.quantconnect.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A live deployment's status. Tolerant by design: QuantConnect has added values before (PendingInput, Idle), and a
 * new one must show up as {@link #UNKNOWN} in chat rather than break every list.
 */
public enum LiveStatus {
    // The first fourteen in LEAN's AlgorithmStatus order, so a numeric status maps by its ordinal.
    DEPLOY_ERROR("DeployError", Phase.TERMINAL),
    IN_QUEUE("InQueue", Phase.STARTING),
    RUNNING("Running", Phase.ACTIVE),
    STOPPED("Stopped", Phase.TERMINAL),
    LIQUIDATED("Liquidated", Phase.TERMINAL),
    DELETED("Deleted", Phase.TERMINAL),
    COMPLETED("Completed", Phase.TERMINAL),
    RUNTIME_ERROR("RuntimeError", Phase.TERMINAL),
    INVALID("Invalid", Phase.TERMINAL),
    LOGGING_IN("LoggingIn", Phase.STARTING),
    INITIALIZING("Initializing", Phase.STARTING),
    HISTORY("History", Phase.STARTING),
    PENDING_INPUT("PendingInput", Phase.STARTING),
    IDLE("Idle", Phase.TERMINAL),
    UNDEFINED("Undefined", Phase.TERMINAL),
    UNKNOWN("Unknown", Phase.TERMINAL);

    /** Where a status sits in a deployment's life: on its way up, trading, or done. */
    public enum Phase { STARTING, ACTIVE, TERMINAL }

    private static final int LEAN_ORDINALS = 14;

    private final String wireName;
    private final Phase phase;

    LiveStatus(String wireName, Phase phase) {
        this.wireName = wireName;
        this.phase = phase;
    }

    /** The spelling QuantConnect uses, e.g. {@code RuntimeError}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isError() {
        return this == RUNTIME_ERROR || this == DEPLOY_ERROR || this == INVALID;
    }

    /** Never fails: anything unrecognised is {@link #UNKNOWN}. Accepts LEAN's numeric codes too. */
    @JsonCreator
    public static LiveStatus fromWire(Object value) {
        if (value instanceof Number number) {
            int code = number.intValue();
            return code >= 0 && code < LEAN_ORDINALS ? values()[code] : UNKNOWN;
        }
        return value == null ? UNKNOWN : parse(value.toString()).orElse(UNKNOWN);
    }

    /** A user's spelling, case-insensitive, with or without separators: "runtimeerror", "Runtime-Error". */
    public static Optional<LiveStatus> parse(String text) {
        String wanted = normalise(text);
        for (LiveStatus status : values()) {
            if (status != UNKNOWN && normalise(status.wireName).equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
