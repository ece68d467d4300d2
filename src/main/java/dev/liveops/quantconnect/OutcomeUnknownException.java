package dev.liveops.quantconnect;

/**
 * A mutation (create, stop, liquidate) may have reached QuantConnect but its answer was lost. It is deliberately
 * not retried, since a second liquidate or deploy could trade twice: the caller must read the status back.
 */
public final class OutcomeUnknownException extends QuantConnectException {
    public OutcomeUnknownException(Endpoint endpoint, String reason, Throwable cause) {
        super(endpoint, "The " + endpoint.path() + " request may have reached QuantConnect, but " + reason
                + ", so whether it took effect is unknown; it was not sent again.", cause);
    }
}
