package dev.liveops.quantconnect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception, with its one sentence, for each way a call to QuantConnect can fail. A failure after a mutation may
 * have arrived never reads as a refusal: its outcome is unknown.
 */
final class ApiFailures {
    // The transport's own logger: these lines are about its calls.
    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);

    private ApiFailures() {
    }

    /** "Did not answer" only when no answer came; an HTTP error is an answer, and the call failed. */
    static QuantConnectUnavailableException unavailable(Endpoint endpoint, TransportFailure failure) {
        if (failure.answered()) {
            return new QuantConnectUnavailableException(endpoint,
                    "QuantConnect's " + endpoint.path() + " failed: " + failure.reason() + ".", failure);
        }
        return new QuantConnectUnavailableException(endpoint,
                "QuantConnect did not answer " + endpoint.path() + ": " + failure.reason() + ".", failure);
    }

    static QuantConnectUnavailableException interrupted(Endpoint endpoint, Throwable cause) {
        return new QuantConnectUnavailableException(endpoint,
                "The call to QuantConnect " + endpoint.path() + " was interrupted.", cause);
    }

    static QuantConnectUnavailableException stillLoading(Endpoint endpoint, double progress) {
        long percent = Math.round(progress * 100);
        return new QuantConnectUnavailableException(endpoint, "QuantConnect is still preparing the data for "
                + endpoint.path() + " (" + percent + "% done); try again in a minute.", null);
    }

    /** A garbled answer to a mutation still means the request arrived: its effect is unknown. */
    static RuntimeException unreadable(Endpoint endpoint, String message, Throwable cause) {
        if (endpoint.isRetryable()) {
            return new QuantConnectProtocolException(endpoint, message, cause);
        }
        return new OutcomeUnknownException(endpoint, "its answer could not be read", cause);
    }

    /** An answer that is JSON but not the shape its record expects. */
    static RuntimeException unbindable(Endpoint endpoint, Exception unreadable) {
        log.warn("Unexpected shape of QuantConnect's answer to {}: {}", endpoint, unreadable.getMessage());
        if (!endpoint.isRetryable()) {
            // QuantConnect said success but we cannot tell what it did: never report that as a refusal.
            return new OutcomeUnknownException(endpoint, "its answer could not be read", unreadable);
        }
        return new QuantConnectProtocolException(endpoint, "QuantConnect's answer to " + endpoint.path()
                + " does not have the documented shape.", unreadable);
    }
}
