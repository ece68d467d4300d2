/**
 * Equity charts as PNG images, drawn headless: {@link dev.liveops.chart.EquityChart} takes (time, equity) points and
 * gives a picture with the period's change and max drawdown in its title. Core-level: commands and digests render,
 * adapters only send the bytes. Only this package knows the charting library.
 */
package dev.liveops.chart;
