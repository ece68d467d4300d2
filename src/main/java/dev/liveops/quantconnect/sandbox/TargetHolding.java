package dev.liveops.quantconnect.sandbox;

/** What a strategy buys (or shorts) once its deployment reaches Running. */
record TargetHolding(Security security, double quantity) {
}
