package dev.liveops.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How values look on the wire: QuantConnect's date strings, LEAN's money and percent strings, 2-decimal rounding. */
final class WireFormat {
    // live/read launched/stopped as the real API returns them (lean-cli parses "%Y-%m-%d %H:%M:%S"), always UTC.
    private static final DateTimeFormatter API_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private WireFormat() {
    }

    static String dateTime(Instant instant) {
        return API_DATE_TIME.format(instant);
    }

    /** Order times are serialized LEAN objects, which use ISO-8601 UTC. */
    static String isoDateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static double round2(double value) {
        double rounded = Math.round(value * 100.0) / 100.0;
        return rounded == 0.0 ? 0.0 : rounded; // no "-0.0" on the wire
    }

    /** LEAN's runtime statistics format: currency symbol, then the N2 number ("$-12.50" for negatives). */
    static String money(double value) {
        return "$" + String.format(Locale.ROOT, "%,.2f", round2(value));
    }

    /** LEAN's invariant-culture "P" format: "1.23 %". */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", round2(fraction * 100.0));
    }
}
