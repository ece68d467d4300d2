package dev.liveops.quantconnect;

/** A read could not get an answer: network failure, timeout or 5xx, after the retries ran out. */
public final class QuantConnectUnavailableException extends QuantConnectException {
    public QuantConnectUnavailableException(Endpoint endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }
}
