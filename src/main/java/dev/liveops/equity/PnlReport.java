package dev.liveops.equity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Profit and loss over a period: a row per deployment seen in it, and their total (the sum of their starts and
 * ends; its drawdown is that of the summed curve, {@code totalCurve}).
 */
public record PnlReport(Instant from, Instant to, List<Row> rows, Optional<EquityFigures> total,
                        List<EquityHistory.Point> totalCurve) {
    public PnlReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
        totalCurve = List.copyOf(totalCurve);
    }

    /**
     * One deployment's figures.
     *
     * @param partial whether its figures start later than the period: LiveOps had no equity of it before
     */
    public record Row(long projectId, String projectName, String deployId, EquityFigures figures, boolean partial) {
    }

    public List<Row> partialRows() {
        return rows.stream().filter(Row::partial).toList();
    }
}
