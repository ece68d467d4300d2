package dev.liveops.sandbox;

import java.time.Instant;

/**
 * Deterministic market prices: each symbol follows a smooth wave around its reference price, a pure function of
 * clock time. Equity therefore moves as a test clock advances, and the same instant always gives the same price.
 */
final class PriceModel {
    private static final double SLOW_PERIOD_SECONDS = 6.5 * 3600;
    private static final double FAST_PERIOD_SECONDS = 47 * 60;
    private static final double SLOW_AMPLITUDE = 0.015;
    private static final double FAST_AMPLITUDE = 0.004;

    double priceAt(Security security, Instant instant) {
        // String.hashCode is specified, so every symbol gets a stable phase and the waves do not move in lockstep.
        double phase = Math.floorMod(security.symbolId().hashCode(), 3600) / 3600.0 * 2 * Math.PI;
        double seconds = instant.getEpochSecond();
        double wave = SLOW_AMPLITUDE * Math.sin(2 * Math.PI * seconds / SLOW_PERIOD_SECONDS + phase)
                + FAST_AMPLITUDE * Math.sin(2 * Math.PI * seconds / FAST_PERIOD_SECONDS + 2 * phase);
        return WireFormat.round2(security.referencePrice() * (1 + wave));
    }
}
