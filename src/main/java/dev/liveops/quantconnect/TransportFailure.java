package dev.liveops.quantconnect;

/**
 * A failed attempt that another attempt might fix (network error, timeout, 5xx). Internal: it is turned into a
 * {@link QuantConnectUnavailableException} or an {@link OutcomeUnknownException} once retrying is over.
 */
final class TransportFailure extends RuntimeException {
    private final boolean mayHaveArrived;
    private final boolean answered;

    TransportFailure(String reason, boolean mayHaveArrived, Throwable cause) {
        this(reason, mayHaveArrived, false, cause);
    }

    private TransportFailure(String reason, boolean mayHaveArrived, boolean answered, Throwable cause) {
        super(reason, cause, false, false);
        this.mayHaveArrived = mayHaveArrived;
        this.answered = answered;
    }

    /** QuantConnect answered, with an HTTP status worth another try (5xx, 429). */
    static TransportFailure httpError(int code) {
        return new TransportFailure("it answered HTTP " + code, true, true, null);
    }

    /** True when QuantConnect answered (with an error status), false when no answer came at all. */
    boolean answered() {
        return answered;
    }

    /** False only when the request provably never left (connection refused, unknown host). */
    boolean mayHaveArrived() {
        return mayHaveArrived;
    }

    /** Why the attempt failed, as the end of a sentence: "it timed out", "it answered HTTP 503". */
    String reason() {
        return getMessage();
    }
}
