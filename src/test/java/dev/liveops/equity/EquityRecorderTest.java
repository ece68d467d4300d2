package dev.liveops.equity;

import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.leader.FencedWriteException;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.sandbox.DemoOrganization;
import dev.liveops.store.Fence;
import dev.liveops.store.JdbcEquitySnapshotStore;
import dev.liveops.store.StoreLeadership;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import dev.liveops.testing.TestCore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshots the watcher's polls leave: their interval, status changes, restarts, retention, and who writes. */
class EquityRecorderTest {
    private static final Duration POLL = Duration.ofMinutes(5);
    private static final Instant START = Instant.parse(TestCore.START);

    private static TestCore.Builder core(SnapshotSettings settings) {
        return TestCore.builder().watcher(watcherSettings().pollInterval(POLL).build()).snapshots(settings);
    }

    private static void run(TestCore core, Duration length) {
        Instant end = core.clock().instant().plus(length);
        while (core.clock().instant().isBefore(end)) {
            core.stepAfter(POLL);
        }
    }

    private static List<EquitySnapshot> of(TestCore core, long projectId) {
        return core.snapshots().between(Instant.EPOCH, core.clock().instant()).stream()
                .filter(s -> s.projectId() == projectId).toList();
    }

    @Test
    void eachDeploymentIsKeptOncePerIntervalWithItsEquity() {
        try (TestCore core = core(new SnapshotSettings(Duration.ofMinutes(15), Duration.ofDays(400))).build()) {
            run(core, Duration.ofHours(1));

            List<EquitySnapshot> momentum = of(core, DemoOrganization.MOMENTUM);
            assertThat(momentum).extracting(EquitySnapshot::at).containsExactly(START.plus(POLL),
                    START.plus(Duration.ofMinutes(20)), START.plus(Duration.ofMinutes(35)),
                    START.plus(Duration.ofMinutes(50)));
            assertThat(momentum).allSatisfy(s -> {
                assertThat(s.status()).isEqualTo(LiveStatus.RUNNING);
                assertThat(s.equity()).isPositive();
            });
            assertThat(core.snapshots().latest()).containsOnlyKeys((long) DemoOrganization.MOMENTUM,
                    (long) DemoOrganization.MEAN_REVERSION, (long) DemoOrganization.CRYPTO_BASIS);
        }
    }

    @Test
    void aStatusChangeIsKeptAtOnceWhateverTheInterval() {
        try (TestCore core = core(new SnapshotSettings(Duration.ofHours(6), Duration.ofDays(400))).build()) {
            run(core, Duration.ofMinutes(10));
            core.sandbox().faults().runtimeError(DemoOrganization.MEAN_REVERSION, "Division by zero");
            run(core, Duration.ofMinutes(10));

            assertThat(of(core, DemoOrganization.MEAN_REVERSION)).extracting(EquitySnapshot::status)
                    .containsExactly(LiveStatus.RUNNING, LiveStatus.RUNTIME_ERROR);
            assertThat(of(core, DemoOrganization.MOMENTUM)).hasSize(1);
        }
    }

    @Test
    void aRestartResumesTheIntervalFromTheStore() {
        try (TestCore core = core(new SnapshotSettings(Duration.ofMinutes(15), Duration.ofDays(400))).build()) {
            run(core, Duration.ofMinutes(10));
            core.restart();
            run(core, Duration.ofMinutes(10));

            assertThat(of(core, DemoOrganization.MOMENTUM)).extracting(EquitySnapshot::at)
                    .containsExactly(START.plus(POLL), START.plus(Duration.ofMinutes(20)));
        }
    }

    @Test
    void snapshotsOlderThanTheRetentionAreDeleted() {
        Duration retention = Duration.ofHours(2);
        try (TestCore core = core(new SnapshotSettings(Duration.ofMinutes(15), retention)).build()) {
            run(core, Duration.ofHours(6));
            Instant now = core.clock().instant();

            // Pruning runs hourly, so nothing is older than the retention plus an hour.
            assertThat(core.snapshots().between(Instant.EPOCH, now.minus(retention).minus(Duration.ofHours(1))))
                    .isEmpty();
            assertThat(core.snapshots().between(now.minus(retention), now)).isNotEmpty();
        }
    }

    @Test
    void onlyTheLeaderKeepsSnapshots() {
        try (TempDatabase store = TempDatabase.of(StoreKind.SQLITE)) {
            ManualClock clock = ManualClock.at(TestCore.START);
            StoreLeadership standby = new StoreLeadership(store.database(), "standby", StoreLeadership.LEASE, clock);
            JdbcEquitySnapshotStore fenced = new JdbcEquitySnapshotStore(store.database(), Fence.of(standby));
            LiveDeployment running = new LiveDeployment(1, "L-1", LiveStatus.RUNNING, START, null, "paper", null,
                    new BigDecimal("100.00"), null, null, null);

            new EquityRecorder(fenced, SnapshotSettings.DEFAULT).answered(START, List.of(running));

            assertThat(fenced.latest()).isEmpty();
            assertThatThrownBy(() -> fenced.add(List.of(new EquitySnapshot(1, "L-1", START, LiveStatus.RUNNING,
                    BigDecimal.ONE)))).isInstanceOf(FencedWriteException.class);
        }
    }
}
