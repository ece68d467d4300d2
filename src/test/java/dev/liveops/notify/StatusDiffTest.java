package dev.liveops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.notify.StatusChange.Kind;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusDiffTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private final StatusDiff diff = new StatusDiff(Optional.empty());

    @Test
    void unchangedDeploymentsProduceNothingAndWriteNothing() {
        StatusDiff.Result result = diff.compare(Map.of(1L, known(1, "L-1", LiveStatus.RUNNING)),
                List.of(listed(1, "L-1", LiveStatus.RUNNING, "2026-11-19T10:00:00Z")), true, NOW, id -> "P" + id);

        assertThat(result.changes()).isEmpty();
        assertThat(result.updates()).isEmpty();
        assertThat(result.vanished()).isEmpty();
    }

    @Test
    void newRedeployedAndVanishedAreChangesToo() {
        Map<Long, KnownDeployment> known = Map.of(
                2L, known(2, "L-2a", LiveStatus.STOPPED),
                3L, known(3, "L-3", LiveStatus.RUNNING));
        StatusDiff.Result result = diff.compare(known, List.of(
                        listed(1, "L-1", LiveStatus.IN_QUEUE, "2026-11-20T14:59:00Z"),
                        listed(2, "L-2b", LiveStatus.RUNNING, "2026-11-20T14:00:00Z")),
                true, NOW, id -> "P" + id);

        assertThat(result.changes()).extracting(StatusChange::projectId, StatusChange::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, Kind.NEW),
                        org.assertj.core.groups.Tuple.tuple(2L, Kind.REDEPLOYED),
                        org.assertj.core.groups.Tuple.tuple(3L, Kind.VANISHED));
        assertThat(result.vanished()).containsExactly(3L);
        assertThat(result.changes()).filteredOn(c -> c.kind() == Kind.VANISHED).singleElement()
                .satisfies(c -> assertThat(c.subject()).isEqualTo(LiveStatus.RUNNING));
    }

    @Test
    void aPartialLookNeverDeclaresTheRestVanished() {
        StatusDiff.Result result = diff.compare(Map.of(3L, known(3, "L-3", LiveStatus.RUNNING)),
                List.of(listed(1, "L-1", LiveStatus.RUNNING, "2026-11-20T14:00:00Z")), false, NOW, id -> "P" + id);

        assertThat(result.vanished()).isEmpty();
        assertThat(result.changes()).extracting(StatusChange::kind).containsExactly(Kind.NEW);
    }

    @Test
    void onlyTheNewestDeploymentOfAProjectCounts() {
        StatusDiff.Result result = diff.compare(Map.of(1L, known(1, "L-new", LiveStatus.RUNNING)), List.of(
                        listed(1, "L-old", LiveStatus.STOPPED, "2026-11-01T10:00:00Z"),
                        listed(1, "L-new", LiveStatus.RUNNING, "2026-11-19T10:00:00Z")),
                true, NOW, id -> "P" + id);

        assertThat(result.changes()).isEmpty();
    }

    @Test
    void anErrorIsRemindedOnlyAfterTheInterval() {
        StatusDiff reminding = new StatusDiff(Optional.of(Duration.ofHours(1)));
        KnownDeployment failing = new KnownDeployment(1, "L-1", LiveStatus.RUNTIME_ERROR, "boom", null,
                NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(59)));
        List<LiveDeployment> current = List.of(listed(1, "L-1", LiveStatus.RUNTIME_ERROR, "2026-11-19T10:00:00Z"));

        assertThat(reminding.compare(Map.of(1L, failing), current, true, NOW, id -> "P").changes()).isEmpty();
        StatusDiff.Result later = reminding.compare(Map.of(1L, failing), current, true,
                NOW.plus(Duration.ofMinutes(1)), id -> "P");
        assertThat(later.changes()).extracting(StatusChange::kind).containsExactly(Kind.REMINDER);
        assertThat(later.updates()).singleElement().satisfies(k -> {
            assertThat(k.since()).isEqualTo(failing.since());
            assertThat(k.lastAlertAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        });
    }

    private static KnownDeployment known(long projectId, String deployId, LiveStatus status) {
        return new KnownDeployment(projectId, deployId, status, null, BigDecimal.TEN, NOW.minus(Duration.ofHours(1)),
                null);
    }

    private static LiveDeployment listed(long projectId, String deployId, LiveStatus status, String launched) {
        return new LiveDeployment(projectId, deployId, status, Instant.parse(launched), null, "Paper", null,
                BigDecimal.TEN, "live", null, status.isError() ? "boom" : null);
    }
}
