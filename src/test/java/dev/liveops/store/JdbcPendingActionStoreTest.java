package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.PendingAction;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
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

        assertThat(actions.approve("K7Q2XM", BOB)).isFalse();
        assertThat(actions.awaitApproval("K7Q2XM", NOW.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(actions.awaitApproval("K7Q2XM", NOW.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(actions.approve("K7Q2XM", BOB)).isTrue();
        assertThat(actions.approve("K7Q2XM", BOB)).isFalse();
        assertThat(actions.find("K7Q2XM")).hasValueSatisfying(ready -> {
            assertThat(ready.state()).isEqualTo(ActionState.READY);
            assertThat(ready.needsApproval()).isTrue();
            assertThat(ready.approver()).contains(BOB);
        });
    }
}
