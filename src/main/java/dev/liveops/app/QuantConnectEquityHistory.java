package dev.liveops.app;

import dev.liveops.equity.EquityHistory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P&L's history from before LiveOps watched: QuantConnect's own "Strategy Equity" chart. A chart QuantConnect cannot
 * give now counts as no history, so the reply says the period is only partly covered rather than failing.
 */
public final class QuantConnectEquityHistory implements EquityHistory {
    private static final Logger log = LoggerFactory.getLogger(QuantConnectEquityHistory.class);

    private final LiveApi live;

    public QuantConnectEquityHistory(LiveApi live) {
        this.live = live;
    }

    @Override
    public List<Point> equity(long projectId, Instant from, Instant to) {
        try {
            return live.equity(projectId, from, to).stream()
                    .map(point -> new Point(point.time(), point.value()))
                    .toList();
        } catch (QuantConnectException unavailable) {
            log.warn("No equity history of project {} before LiveOps watched it: {}", projectId,
                    unavailable.getMessage());
            return List.of();
        }
    }
}
