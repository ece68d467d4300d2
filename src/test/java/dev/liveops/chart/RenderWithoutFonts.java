package dev.liveops.chart;

import java.time.Duration;
import java.time.Instant;

/** Run in a JVM of its own by {@link MissingFontsTest}: draws one chart and prints what came of it. */
public final class RenderWithoutFonts {
    private RenderWithoutFonts() {
    }

    public static void main(String[] args) {
        try {
            new EquityChart().render("x", EquityCurves.wavy(Instant.EPOCH, Duration.ofMinutes(1), 100));
            System.out.println("drawn");
        } catch (ChartUnavailableException explained) {
            System.out.println("unavailable: " + explained.getMessage());
        }
    }
}
