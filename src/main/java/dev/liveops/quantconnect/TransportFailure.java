package dev.liveops.quantconnect;

/**
 * A failed attempt that another attempt might fix (network error, timeout, 5xx). Internal: it is turned into a
 * {@link QuantConnectUnavailableException} or an {@link OutcomeUnknownException} once retrying is over.
 */
final class TransportFailure extends RuntimeException {
    private final boolean mayHaveArrived;

    TransportFailure(String reason, boolean mayHaveArrived, Throwable cause) {
        super(reason, cause, false, false);
        this.mayHaveArrived = mayHaveArrived;
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
