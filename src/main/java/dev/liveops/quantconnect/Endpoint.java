package dev.liveops.quantconnect;

/**
 * The QuantConnect REST v2 endpoints LiveOps calls. Whether a call may be repeated is a property of the endpoint,
 * decided once here rather than at each call site: reads are retried, mutations are sent at most once.
 */
public enum Endpoint {
    AUTHENTICATE("authenticate", Kind.READ),
    PROJECTS_READ("projects/read", Kind.READ),
    PROJECT_NODES_READ("projects/nodes/read", Kind.READ),
    COMPILE_CREATE("compile/create", Kind.REPEATABLE_CREATE),
    COMPILE_READ("compile/read", Kind.READ),
    LIVE_CREATE("live/create", Kind.MUTATION),
    LIVE_READ("live/read", Kind.READ),
    LIVE_LIST("live/list", Kind.READ),
    LIVE_STOP("live/update/stop", Kind.MUTATION),
    LIVE_LIQUIDATE("live/update/liquidate", Kind.MUTATION),
    LIVE_LOGS_READ("live/logs/read", Kind.READ),
    LIVE_PORTFOLIO_READ("live/portfolio/read", Kind.READ),
    LIVE_ORDERS_READ("live/orders/read", Kind.READ),
    LIVE_COMMANDS_CREATE("live/commands/create", Kind.MUTATION),
    LIVE_COMMANDS_BROADCAST("live/commands/broadcast", Kind.MUTATION),
    LIVE_INSIGHTS_READ("live/insights/read", Kind.READ),
    LIVE_CHART_READ("live/chart/read", Kind.READ);

    /** How a failed call may be repeated. */
    public enum Kind {
        /** Safe to repeat: no state changes. */
        READ,
        /** Changes state, but a repeat is harmless: a second compile of the same code only costs a little time. */
        REPEATABLE_CREATE,
        /** Trades or moves money: never sent twice. */
        MUTATION
    }

    private final String path;
    private final Kind kind;

    Endpoint(String path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** True when a repeat after a lost answer cannot do harm. */
    public boolean isRetryable() {
        return kind != Kind.MUTATION;
    }

    @Override
    public String toString() {
        return path;
    }
}
