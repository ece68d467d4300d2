package dev.liveops.quantconnect;

import java.time.Duration;

/**
 * Told of every HTTP request the client sends to QuantConnect (each retry is a request of its own), so that the
 * wiring can count and time them without the client knowing how. Called on the calling thread; must return quickly
 * and never throw.
 */
@FunctionalInterface
public interface CallObserver {
    CallObserver NONE = (endpoint, outcome, took) -> { };

    void requested(Endpoint endpoint, Outcome outcome, Duration took);

    /** A read joined an identical one already in flight and sent no request of its own. */
    default void joined(Endpoint endpoint) {
    }

    /** How one request ended: a bounded set, fit for a metric label. */
    enum Outcome {
        /** QuantConnect answered with success. */
        OK,
        /** QuantConnect answered and refused (its errors, an HTTP 4xx). */
        REFUSED,
        /** QuantConnect refused the credentials. */
        AUTH_FAILED,
        /** An answer that could not be read. */
        UNREADABLE,
        /** No usable answer: unreachable, timed out, HTTP 5xx or 429. */
        UNAVAILABLE
    }
}
