package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.digest.ChatDigest;
import dev.liveops.digest.DigestChannel;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.equity.EquitySnapshot;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Equity snapshots, chat digests and the digest ledger (migration V7), on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class JdbcEquityAndDigestStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
    private static final DigestChannel DESK = new DigestChannel(Platform.SLACK, "C-desk");

    @Parameter
    StoreKind kind;

    private TempDatabase store;
    private JdbcEquitySnapshotStore snapshots;
    private JdbcDigestStore digests;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        snapshots = new JdbcEquitySnapshotStore(store.database());
        digests = new JdbcDigestStore(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static EquitySnapshot snapshot(long project, Instant at, String equity) {
        return new EquitySnapshot(project, "L-" + project, at, LiveStatus.RUNNING,
                equity == null ? null : new BigDecimal(equity));
    }

    @Test
    void snapshotsReadBackInTimeOrderPerProjectWithTheirLatest() {
        snapshots.add(List.of(snapshot(2, NOW, "500.25"), snapshot(1, NOW.plusSeconds(60), "100000.10"),
                snapshot(1, NOW, "99999.99"), snapshot(1, NOW.plusSeconds(120), null)));
        // The same project and time again (a retried cycle) is kept as it was, not an error.
        snapshots.add(List.of(snapshot(1, NOW, "1.00")));

        assertThat(snapshots.between(NOW, NOW.plusSeconds(60))).extracting(EquitySnapshot::projectId,
                        EquitySnapshot::at, EquitySnapshot::equity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, NOW, new BigDecimal("99999.99")),
                        org.assertj.core.groups.Tuple.tuple(1L, NOW.plusSeconds(60), new BigDecimal("100000.10")),
                        org.assertj.core.groups.Tuple.tuple(2L, NOW, new BigDecimal("500.25")));
        assertThat(snapshots.latest()).containsOnlyKeys(1L, 2L);
        assertThat(snapshots.latest().get(1L).at()).isEqualTo(NOW.plusSeconds(120));
        assertThat(snapshots.latest().get(1L).equity()).isNull();
        assertThat(snapshots.lastBefore(1L, NOW.plusSeconds(120))).map(EquitySnapshot::at)
                .contains(NOW.plusSeconds(60));
        assertThat(snapshots.lastBefore(1L, NOW)).isEmpty();
    }

    @Test
    void pruningDeletesOnlyOldSnapshotsAndAtMostABatchAtATime() {
        List<EquitySnapshot> rows = new ArrayList<>();
        for (int minute = 0; minute < 25; minute++) {
            rows.add(snapshot(1, NOW.plus(Duration.ofMinutes(minute)), "100"));
        }
        snapshots.add(rows);

        assertThat(snapshots.deleteBefore(NOW.plus(Duration.ofMinutes(20)), 8)).isEqualTo(8);
        assertThat(snapshots.deleteBefore(NOW.plus(Duration.ofMinutes(20)), 8)).isEqualTo(8);
        assertThat(snapshots.deleteBefore(NOW.plus(Duration.ofMinutes(20)), 8)).isEqualTo(4);
        assertThat(snapshots.deleteBefore(NOW.plus(Duration.ofMinutes(20)), 8)).isZero();
        assertThat(snapshots.between(NOW, NOW.plus(Duration.ofDays(1)))).hasSize(5)
                .allSatisfy(s -> assertThat(s.at()).isAfterOrEqualTo(NOW.plus(Duration.ofMinutes(20))));
    }

    @Test
    void aChatDigestIsKeptPerChannelWithWhoSetIt() {
        Caller carol = new Caller(Platform.SLACK, "U1", "carol", Set.of("S2", "S1"), DESK.channelId());
        ChatDigest weekly = new ChatDigest(DESK, DigestSchedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(17, 0),
                ZoneId.of("Europe/London")), carol, NOW);
        digests.save(new ChatDigest(DESK, DigestSchedule.daily(LocalTime.of(9, 30), ZoneId.of("UTC")), carol, NOW));
        digests.save(weekly);

        assertThat(digests.find(DESK)).contains(weekly);
        assertThat(digests.all()).containsExactly(weekly);
        assertThat(digests.remove(DESK)).isTrue();
        assertThat(digests.remove(DESK)).isFalse();
        assertThat(digests.all()).isEmpty();
    }

    @Test
    void aPeriodIsQueuedOnceAndNeverBehindOneAlreadySent() {
        Instant friday = NOW;
        Instant saturday = NOW.plus(Duration.ofDays(1));
        JdbcNotificationStore outbox = new JdbcNotificationStore(store.database());

        assertThat(digests.queue(DESK, friday, Reply.error("Friday."), NOW)).isTrue();
        assertThat(digests.queue(DESK, friday, Reply.error("Friday again."), NOW)).isFalse();
        assertThat(digests.queue(DESK, saturday, Reply.error("Saturday."), NOW)).isTrue();
        assertThat(digests.queue(DESK, friday, Reply.error("Friday, late."), NOW)).isFalse();
        digests.startAt(DESK, friday);

        assertThat(digests.lastPeriod(DESK)).contains(saturday);
        assertThat(outbox.undelivered()).isEqualTo(2);
        assertThat(outbox.dueMessages(NOW, 10)).singleElement()
                .satisfies(m -> assertThat(m.message().reply()).isEqualTo(Reply.error("Friday.")));
    }

    @Test
    void aConfiguredDigestStartsWhereItWasFirstSeen() {
        assertThat(digests.lastPeriod(DESK)).isEmpty();
        digests.startAt(DESK, NOW);

        assertThat(digests.lastPeriod(DESK)).contains(NOW);
        assertThat(new JdbcNotificationStore(store.database()).undelivered()).isZero();
    }
}
