package dev.liveops.quantconnect.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A live deployment's status. Tolerant by design: QuantConnect has added values before (PendingInput, Idle), and a
 * new one must show up as {@link #UNKNOWN} in chat rather than break every list. Users name only the
 * {@link #nameable()} ones.
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
    private static final List<LiveStatus> ALL_BUT_UNKNOWN = Arrays.stream(values()).filter(s -> s != UNKNOWN)
            .toList();
    private static final Map<String, LiveStatus> BY_NORMALISED_NAME = ALL_BUT_UNKNOWN.stream()
            .collect(Collectors.toUnmodifiableMap(status -> normalise(status.wireName), status -> status));
    /** The twelve values of the API's AlgorithmStatus enum, in its order. */
    private static final List<LiveStatus> DOCUMENTED = List.of(DEPLOY_ERROR, IN_QUEUE, RUNNING, STOPPED, LIQUIDATED,
            DELETED, COMPLETED, RUNTIME_ERROR, INVALID, LOGGING_IN, INITIALIZING, HISTORY);

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
        return value == null ? UNKNOWN : find(value.toString(), ALL_BUT_UNKNOWN).orElse(UNKNOWN);
    }

    /**
     * The statuses a user may filter or subscribe by: the documented AlgorithmStatus values. LEAN's extra
     * PendingInput and Idle, lean-cli's Undefined and Unknown are only ever read from QuantConnect's answers.
     */
    public static List<LiveStatus> nameable() {
        return DOCUMENTED;
    }

    /** A user's spelling of a {@link #nameable()} status, case-insensitive, with or without separators. */
    public static Optional<LiveStatus> parse(String text) {
        return find(text, DOCUMENTED);
    }

    /**
     * Runs for every deployment of a live/list answer, so it is a map look-up: a regex per status per deployment
     * was most of what parsing the answer allocated.
     */
    private static Optional<LiveStatus> find(String text, List<LiveStatus> candidates) {
        LiveStatus status = BY_NORMALISED_NAME.get(normalise(text));
        return status != null && candidates.contains(status) ? Optional.of(status) : Optional.empty();
    }

    /** Without whitespace, {@code _} and {@code -}, in lower case. */
    private static String normalise(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c) && c != '_' && c != '-') {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** What {@code \s} matches in a Java regex. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    @Override
    public String toString() {
        return wireName;
    }
}
