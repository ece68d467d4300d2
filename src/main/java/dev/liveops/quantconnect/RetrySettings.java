package dev.liveops.quantconnect;

import java.time.Duration;

/**
 * How reads are retried after a network error or a 5xx: up to {@code maxAttempts} in all, waiting from
 * {@code initialDelay} doubling to {@code maxDelay}, each wait jittered by a quarter so that many bots do not retry
 * in step. Mutations ignore this (see {@link Endpoint.Kind#MUTATION}).
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
    }

    public static RetrySettings defaults() {
        return new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    public static RetrySettings none() {
        return new RetrySettings(1, Duration.ZERO, Duration.ZERO);
    }
}
