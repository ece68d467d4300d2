package dev.liveops.equity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * Reads profit and loss from the snapshots, filling the part of a period before LiveOps watched from QuantConnect's
 * own chart data when that is available. Only projects the given function names are included: it is how callers
 * apply visibility.
 */
public final class PnlReader {
    private final EquitySnapshotStore store;
    private final EquityHistory history;
    private final Duration tolerance;

    /** @param tolerance how late a first snapshot may be and the period still count as fully covered */
    public PnlReader(EquitySnapshotStore store, EquityHistory history, Duration tolerance) {
        this.store = store;
        this.history = history;
        this.tolerance = tolerance;
    }

    /** @param visibleName a project's name when it is to be included, empty otherwise */
    public PnlReport read(Instant from, Instant to, LongFunction<Optional<String>> visibleName) {
        Map<String, List<EquitySnapshot>> byDeployment = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (EquitySnapshot snapshot : store.between(from, to)) {
            Optional<String> name = names.containsKey(snapshot.projectId())
                    ? Optional.ofNullable(names.get(snapshot.projectId())) : visibleName.apply(snapshot.projectId());
            names.put(snapshot.projectId(), name.orElse(null));
            if (name.isPresent()) {
                byDeployment.computeIfAbsent(snapshot.projectId() + "/" + snapshot.deployId(), k -> new ArrayList<>())
                        .add(snapshot);
            }
        }
        List<PnlReport.Row> rows = new ArrayList<>();
        List<List<EquityHistory.Point>> curves = new ArrayList<>();
        Set<Long> filled = new HashSet<>();
        for (List<EquitySnapshot> snapshots : byDeployment.values()) {
            EquitySnapshot first = snapshots.get(0);
            List<EquityHistory.Point> curve = new ArrayList<>();
            // Only a project's earliest deployment in the period can have been running before it.
            if (filled.add(first.projectId()) && first.at().isAfter(from.plus(tolerance))) {
                history.equity(first.projectId(), from, first.at()).stream()
                        .filter(p -> p.equity() != null && !p.at().isBefore(from) && p.at().isBefore(first.at()))
                        .forEach(curve::add);
            }
            snapshots.forEach(s -> curve.add(new EquityHistory.Point(s.at(), s.equity())));
            Optional<EquityFigures> figures = EquityFigures.of(curve);
            if (figures.isPresent()) {
                rows.add(new PnlReport.Row(first.projectId(), names.get(first.projectId()), first.deployId(),
                        figures.get(), figures.get().from().isAfter(from.plus(tolerance))));
                curves.add(curve.stream().filter(p -> p.equity() != null).toList());
            }
        }
        List<EquityHistory.Point> total = total(curves);
        return new PnlReport(from, to, rows, EquityFigures.of(total), total);
    }

    /**
     * The summed curve: at each time any deployment has a point, the sum of each one's latest value, counting one
     * that has no point yet at its first value, so that a deployment seen late never shows as a gain.
     */
    static List<EquityHistory.Point> total(List<List<EquityHistory.Point>> curves) {
        TreeSet<Instant> times = new TreeSet<>();
        curves.forEach(curve -> curve.forEach(point -> times.add(point.at())));
        int[] next = new int[curves.size()];
        BigDecimal[] current = new BigDecimal[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            current[i] = curves.get(i).get(0).equity();
        }
        List<EquityHistory.Point> total = new ArrayList<>();
        for (Instant time : times) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < curves.size(); i++) {
                List<EquityHistory.Point> curve = curves.get(i);
                while (next[i] < curve.size() && !curve.get(next[i]).at().isAfter(time)) {
                    current[i] = curve.get(next[i]++).equity();
                }
                sum = sum.add(current[i]);
            }
            total.add(new EquityHistory.Point(time, sum));
        }
        return total;
    }
}
