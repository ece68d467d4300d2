package dev.liveops.sandbox;

import java.time.Instant;

/** How and when a deployment ended; {@code message} is the runtime error text, empty otherwise. */
record Termination(Instant at, AlgorithmStatus status, String message) {
}
