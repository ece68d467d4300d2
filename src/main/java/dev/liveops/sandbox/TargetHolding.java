package dev.liveops.sandbox;

/** What a strategy buys (or shorts) once its deployment reaches Running. */
record TargetHolding(Security security, double quantity) {
}
