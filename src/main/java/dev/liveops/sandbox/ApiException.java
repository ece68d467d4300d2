package dev.liveops.sandbox;

/**
 * An API-level failure: answered as HTTP 200 with {@code success:false} and the message in {@code errors}, which
 * is how QuantConnect reports bad requests. The message is the user-facing sentence.
 */
final class ApiException extends RuntimeException {

    ApiException(String message) {
        super(message, null, false, false);
    }
}
