package dev.liveops.sandbox;

import java.util.List;

/**
 * The brokerage module a deployment runs with, by its live/create id (e.g. "QuantConnectBrokerage"), and the data
 * providers live/create named for it, in their order of precedence.
 */
record Brokerage(String id, List<String> dataProviders) {
    static final String PAPER_ID = "QuantConnectBrokerage";
    /** The spec's default data provider: QuantConnect's own feed. */
    static final String QUANTCONNECT_FEED = "QuantConnectBrokerage";

    Brokerage {
        dataProviders = List.copyOf(dataProviders);
    }

    /** Fed by QuantConnect's own data, as when live/create names no provider. */
    Brokerage(String id) {
        this(id, List.of(QUANTCONNECT_FEED));
    }

    /** live/read shows QuantConnect's paper module as "PaperBrokerage" (QuantConnect's MCP tests assert this). */
    String displayName() {
        return PAPER_ID.equals(id) ? "PaperBrokerage" : id;
    }

    String environment() {
        return PAPER_ID.equals(id) ? "Paper" : "Live";
    }
}
