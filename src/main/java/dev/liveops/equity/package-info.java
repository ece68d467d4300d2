/**
 * Equity over time: the snapshots the watcher takes as it polls, profit and loss over a period read from them (or
 * from QuantConnect's chart data before LiveOps watched), and the ports the store and QuantConnect fill in.
 */
package dev.liveops.equity;
