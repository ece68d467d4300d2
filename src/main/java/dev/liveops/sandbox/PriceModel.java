package dev.liveops.sandbox;

import java.time.Instant;

/**
 * Deterministic market prices: each symbol follows a sum of waves around its reference price, a pure function of
 * clock time. Equity therefore moves as a test clock advances, and the same instant always gives the same price.
 * The waves' periods (about 2.9 days, 19 hours, 6.5 hours and 47 minutes) share no common rhythm, so a chart of
 * several days looks like a market rather than a sine; together they stay within 2% of the reference price.
 */
final class PriceModel {
    private static final double[] PERIOD_SECONDS = {2.9 * 86_400, 19 * 3600, 6.5 * 3600, 47 * 60};
    private static final double[] AMPLITUDE = {0.008, 0.0035, 0.006, 0.002};

    double priceAt(Security security, Instant instant) {
        // String.hashCode is specified, so every symbol gets a stable phase and the waves do not move in lockstep.
        double phase = Math.floorMod(security.symbolId().hashCode(), 3600) / 3600.0 * 2 * Math.PI;
        double seconds = instant.getEpochSecond();
        double wave = 0;
        for (int i = 0; i < PERIOD_SECONDS.length; i++) {
            wave += AMPLITUDE[i] * Math.sin(2 * Math.PI * seconds / PERIOD_SECONDS[i] + (i + 1) * phase);
        }
        return WireFormat.round2(security.referencePrice() * (1 + wave));
    }
}
