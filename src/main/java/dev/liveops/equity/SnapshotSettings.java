package dev.liveops.equity;

import java.time.Duration;
import java.util.Objects;

/**
 * How often equity is kept and for how long.
 *
 * @param interval  at most one snapshot per deployment this often (a status change is kept whenever it happens)
 * @param retention snapshots older than this are deleted
 */
public record SnapshotSettings(Duration interval, Duration retention) {
    public static final SnapshotSettings DEFAULT = new SnapshotSettings(Duration.ofMinutes(15), Duration.ofDays(400));

    public SnapshotSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(retention, "retention");
        if (interval.isNegative() || interval.isZero() || retention.compareTo(interval) <= 0) {
            throw new IllegalArgumentException("interval must be positive and shorter than retention");
        }
    }
}
