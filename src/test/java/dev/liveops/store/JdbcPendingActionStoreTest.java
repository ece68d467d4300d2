package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.PendingAction;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.command.ProcessIdentity;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Pending actions' compare-and-set, on SQLite and PostgreSQL: of two racing changes, exactly one happens. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class JdbcPendingActionStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");
    private static final Caller BOB = new Caller(Platform.DISCORD, "2", "bob", Set.of(), "chan");

    @Parameter
    StoreKind kind;

    private TempDatabase store;
    private JdbcPendingActionStore actions;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        actions = new JdbcPendingActionStore(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PendingAction stop(String code, boolean needsApproval) {
        return new PendingAction(code, CommandName.STOP, 23456789L, "Live/Momentum", ALICE, "stop momentum",
                ActionPlan.of("L-abc"), needsApproval, Optional.empty(), ActionState.AWAITING_CONFIRMATION, NOW,
                NOW.plus(Duration.ofMinutes(2)), "");
    }

    @Test
    void oneActiveActionPerProjectAndTheSecondRequestSeesTheFirst() {
        assertThat(actions.createUnlessBusy(stop("K7Q2XM", false), NOW)).isEmpty();

        assertThat(actions.createUnlessBusy(stop("ZZZZZZ", false), NOW)).hasValueSatisfying(blocking ->
                assertThat(blocking.code()).isEqualTo("K7Q2XM"));
        assertThat(actions.find("ZZZZZZ")).isEmpty();
        assertThat(actions.find("K7Q2XM")).hasValueSatisfying(found -> {
            assertThat(found.plan().deployId()).isEqualTo("L-abc");
            assertThat(found.requester()).isEqualTo(ALICE);
            assertThat(found.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        });
    }

    @Test
    void ofEightRacingRequestsForOneProjectOneIsCreatedAndTheOthersSeeIt() throws Exception {
        List<Optional<PendingAction>> answers = race(8, i -> actions.createUnlessBusy(stop("RACE0" + i, false), NOW));

        assertThat(answers).filteredOn(Optional::isEmpty).hasSize(1);
        List<String> created = actions.inState(ActionState.AWAITING_CONFIRMATION).stream().map(PendingAction::code)
                .toList();
        assertThat(created).hasSize(1);
        assertThat(answers).filteredOn(Optional::isPresent).extracting(answer -> answer.get().code())
                .hasSize(7).containsOnly(created.get(0));
    }

    @Test
    void ofEightRacingConfirmationsExactlyOneMovesTheAction() throws Exception {
        actions.createUnlessBusy(stop("K7Q2XM", false), NOW);

        List<Boolean> moved = race(8, i -> actions.transition("K7Q2XM", ActionState.AWAITING_CONFIRMATION,
                ActionState.EXECUTING, null));

        assertThat(moved).containsOnlyOnce(true);
    }

    /** Runs {@code task} on {@code threads} threads released together; their results in thread order. */
    @Test
    void ofEightProcessesTakingOverAGoneProcesssActionOneGetsItAndALiveOwnersActionIsLeftAlone() throws Exception {
        JdbcProcessRegistry processes = new JdbcProcessRegistry(store.database());
        ProcessIdentity gone = new ProcessIdentity("gone", "host-a", 1);
        ProcessIdentity alive = new ProcessIdentity("alive", "host-b", 2);
        processes.heartbeat(gone, Duration.ofMinutes(1));
        processes.heartbeat(alive, Duration.ofMinutes(1));
        actions.createUnlessBusy(stop("K7Q2XM", false), NOW);
        actions.claim("K7Q2XM", ActionState.AWAITING_CONFIRMATION, ActionState.EXECUTING, gone.id());
        PendingAction other = new PendingAction("L8R3YN", CommandName.STOP, 11111111L, "Live/Other", ALICE,
                "stop other", ActionPlan.of("L-def"), false, Optional.empty(), ActionState.AWAITING_CONFIRMATION, NOW,
                NOW.plus(Duration.ofMinutes(2)), "");
        actions.createUnlessBusy(other, NOW);
        actions.claim("L8R3YN", ActionState.AWAITING_CONFIRMATION, ActionState.EXECUTING, alive.id());

        assertThat(actions.takeOverOrphans(ActionState.EXECUTING, "newcomer")).isEmpty();
        processes.retire(gone);
        for (int i = 0; i < 8; i++) {
            processes.heartbeat(new ProcessIdentity("taker-" + i, "host-c", 10 + i), Duration.ofMinutes(1));
        }
        List<List<PendingAction>> taken = race(8, i -> actions.takeOverOrphans(ActionState.EXECUTING, "taker-" + i));

        assertThat(taken.stream().flatMap(List::stream).map(PendingAction::code)).containsExactly("K7Q2XM");
    }

    private static <T> List<T> race(int threads, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredRequestMakesRoomForANewOne() {
        actions.createUnlessBusy(stop("K7Q2XM", false), NOW);

        assertThat(actions.createUnlessBusy(stop("ZZZZZZ", false), NOW.plus(Duration.ofMinutes(3)))).isEmpty();
        assertThat(actions.find("K7Q2XM")).map(PendingAction::state).contains(ActionState.EXPIRED);
    }

    @Test
    void aTransitionHappensOnceFromTheStateItExpects() {
        actions.createUnlessBusy(stop("K7Q2XM", false), NOW);

        assertThat(actions.transition("K7Q2XM", ActionState.AWAITING_CONFIRMATION, ActionState.EXECUTING, null))
                .isTrue();
        assertThat(actions.transition("K7Q2XM", ActionState.AWAITING_CONFIRMATION, ActionState.CANCELLED, null))
                .isFalse();
        assertThat(actions.transition("K7Q2XM", ActionState.EXECUTING, ActionState.DONE, "stopped")).isTrue();
        assertThat(actions.find("K7Q2XM")).hasValueSatisfying(done -> {
            assertThat(done.state()).isEqualTo(ActionState.DONE);
            assertThat(done.result()).isEqualTo("stopped");
        });
        assertThat(actions.inState(ActionState.DONE)).extracting(PendingAction::code).containsExactly("K7Q2XM");
    }

    @Test
    void anApprovalIsRecordedOnceAndOnlyWhileAwaited() {
        actions.createUnlessBusy(stop("K7Q2XM", true), NOW);

        assertThat(actions.approve("K7Q2XM", BOB, "process-1")).isFalse();
        assertThat(actions.awaitApproval("K7Q2XM", NOW.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(actions.awaitApproval("K7Q2XM", NOW.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(actions.approve("K7Q2XM", BOB, "process-1")).isTrue();
        assertThat(actions.approve("K7Q2XM", BOB, "process-1")).isFalse();
        assertThat(actions.find("K7Q2XM")).hasValueSatisfying(ready -> {
            assertThat(ready.state()).isEqualTo(ActionState.READY);
            assertThat(ready.needsApproval()).isTrue();
            assertThat(ready.approver()).contains(BOB);
        });
    }
}
