package dev.liveops.quantconnect;

/**
 * Every way a QuantConnect call can fail, each with a message that is one sentence a chat user can act on.
 * Messages never contain the API token, the request signature or brokerage credentials.
 */
public abstract sealed class QuantConnectException extends RuntimeException
        permits QuantConnectApiException, QuantConnectAuthException, QuantConnectUnavailableException,
                OutcomeUnknownException, QuantConnectProtocolException {
    private final Endpoint endpoint;

    QuantConnectException(Endpoint endpoint, String message, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
    }

    /** The endpoint whose call failed. */
    public Endpoint endpoint() {
        return endpoint;
    }
}
