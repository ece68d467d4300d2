package dev.liveops.app;

import dev.liveops.equity.EquityHistory;
import dev.liveops.quantconnect.ChartPolling;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P&L's history from before LiveOps watched: QuantConnect's own "Strategy Equity" chart. A chart QuantConnect cannot
 * give now counts as no history, so the reply says the period is only partly covered rather than failing. A command
 * may wait for a chart QuantConnect is still preparing; the leader's watcher, which sends digests, must not: see
 * {@link #withoutWaiting}.
 */
public final class QuantConnectEquityHistory implements EquityHistory {
    private static final Logger log = LoggerFactory.getLogger(QuantConnectEquityHistory.class);

    private final LiveApi live;
    private final Optional<ChartPolling> polling;

    private QuantConnectEquityHistory(LiveApi live, Optional<ChartPolling> polling) {
        this.live = live;
        this.polling = polling;
    }

    /** Waits for a chart still being prepared as the client is set to (a few seconds by default). */
    public static QuantConnectEquityHistory waiting(LiveApi live) {
        return new QuantConnectEquityHistory(live, Optional.empty());
    }

    /** Asks once: a chart still being prepared counts as no history, so a digest never holds up a poll. */
    public static QuantConnectEquityHistory withoutWaiting(LiveApi live) {
        return new QuantConnectEquityHistory(live, Optional.of(ChartPolling.once()));
    }

    @Override
    public List<Point> equity(long projectId, Instant from, Instant to) {
        try {
            return (polling.isPresent() ? live.equity(projectId, from, to, polling.get())
                    : live.equity(projectId, from, to)).stream()
                    .map(point -> new Point(point.time(), point.value()))
                    .toList();
        } catch (QuantConnectException unavailable) {
            log.warn("No equity history of project {} before LiveOps watched it: {}", projectId,
                    unavailable.getMessage());
            return List.of();
        }
    }
}
