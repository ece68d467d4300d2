package dev.liveops.quantconnect;

import java.time.Duration;

/** Connect, read and whole-call limits for one QuantConnect request (one attempt; retries get their own). */
public record Timeouts(Duration connect, Duration read, Duration call) {
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
