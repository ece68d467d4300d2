package dev.liveops.sandbox;

/** The brokerage module a deployment runs with, by its live/create id (e.g. "QuantConnectBrokerage"). */
record Brokerage(String id) {
    static final String PAPER_ID = "QuantConnectBrokerage";

    /** live/read shows QuantConnect's paper module as "PaperBrokerage" (QuantConnect's MCP tests assert this). */
    String displayName() {
        return PAPER_ID.equals(id) ? "PaperBrokerage" : id;
    }

    String environment() {
        return PAPER_ID.equals(id) ? "Paper" : "Live";
    }
}
