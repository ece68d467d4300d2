package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.PendingAction;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.leader.FencedWriteException;
import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.notify.QueuedMessage;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.reply.Reply;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.PostgresServer;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two processes on one store, on SQLite and PostgreSQL: one leads; a clean stop hands over at once; a leader that is
 * gone (its session killed, its lease run out) is replaced, and its late writes are refused.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StoreLeadershipTest {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

    @Parameter
    StoreKind kind;

    private final ManualClock clock = ManualClock.at(TestCore.START);
    private TempDatabase store;
    private Database secondProcess;
    private StoreLeadership a;
    private StoreLeadership b;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        secondProcess = Database.open(store.url());
        a = new StoreLeadership(store.database(), "a", StoreLeadership.LEASE, clock);
        b = new StoreLeadership(secondProcess, "b", StoreLeadership.LEASE, clock);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        secondProcess.close();
        store.close();
    }

    @Test
    void oneOfTwoProcessesLeadsAndACleanStopHandsOverAtOnce() {
        a.tick();
        b.tick();

        assertThat(a.term()).hasValueSatisfying(term -> {
            assertThat(term.holder()).isEqualTo("a");
            assertThat(term.epoch()).isEqualTo(1);
            assertThat(term.since()).isEqualTo(clock.instant());
        });
        assertThat(b.isLeader()).isFalse();
        assertThat(b.leader()).isEqualTo(a.term());

        a.close();
        b.tick();

        assertThat(b.term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(2));
        assertThat(a.isLeader()).isFalse();
    }

    @Test
    void theLeaderKeepsTheLeadWhileItRenewsIt() {
        a.tick();
        for (int i = 0; i < 10; i++) {
            clock.advance(StoreLeadership.LEASE.dividedBy(2));
            a.tick();
            b.tick();
        }

        assertThat(a.term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(1));
        assertThat(b.isLeader()).isFalse();
    }

    @Test
    void aStandbyTakesOverFromALeaderThatIsGoneAndTheOldLeadersLateWritesAreRefusedAndItsActionEnded() {
        List<String> heardByA = new ArrayList<>();
        a.addListener(recording(heardByA));
        a.tick();
        b.tick();
        JdbcNotificationStore outboxOfA = new JdbcNotificationStore(store.database(), Fence.of(a));
        outboxOfA.queue(List.of(new OutboundMessage(new ChannelKey(Platform.SLACK, "C1"), Reply.error("hello"))),
                clock.instant());
        long queued = outboxOfA.dueMessages(clock.instant(), 10).get(0).id();
        JdbcPendingActionStore actionsOfA = new JdbcPendingActionStore(store.database(), Fence.of(a));
        actionsOfA.createUnlessBusy(readyStop(), clock.instant());

        leaderGone("a");
        b.tick();

        assertThat(b.term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(2));
        assertThat(a.isLeader()).as("a has not noticed yet").isTrue();
        assertThatThrownBy(() -> outboxOfA.markSent(queued, clock.instant()))
                .isInstanceOf(FencedWriteException.class)
                .hasMessage("This LiveOps process did not mark outbox message " + queued + " sent: it decided under "
                        + "leadership epoch 1 and another process has led since (epoch 2); nothing was written.");
        assertThatThrownBy(() -> actionsOfA.transition("K7Q2XM", ActionState.READY, ActionState.EXECUTING, ""))
                .isInstanceOf(FencedWriteException.class);
        JdbcNotificationStore outboxOfB = new JdbcNotificationStore(secondProcess, Fence.of(b));
        assertThat(outboxOfB.dueMessages(clock.instant(), 10)).extracting(QueuedMessage::id).containsExactly(queued);
        assertThat(actionsOfA.find("K7Q2XM")).hasValueSatisfying(action -> {
            assertThat(action.state()).isEqualTo(ActionState.FAILED);
            assertThat(action.result()).isEqualTo("Not sent: LiveOps handed over to another of its processes while "
                    + "this was confirmed.");
        });

        a.tick();

        assertThat(a.isLeader()).isFalse();
        assertThat(heardByA).containsExactly("elected 1", "deposed 1");
        assertThat(a.leader()).isEqualTo(b.term());
    }

    @Test
    void aStandbyWritesUnderWhicheverEpochIsCurrent() {
        a.tick();
        b.tick();
        JdbcPendingActionStore actionsOfB = new JdbcPendingActionStore(secondProcess, Fence.of(b));
        actionsOfB.createUnlessBusy(readyStop(), clock.instant());

        assertThat(Fence.of(b).current()).hasValue(1);
        assertThat(actionsOfB.transition("K7Q2XM", ActionState.READY, ActionState.EXECUTING, "")).isTrue();
    }

    /** PostgreSQL: the leader's session is ended by an operator; SQLite: the leader stopped renewing (kill -9). */
    private void leaderGone(String name) {
        if (kind == StoreKind.POSTGRESQL) {
            assertThat(PostgresServer.shared().terminate("liveops-leadership " + name)).isEqualTo(1);
        } else {
            clock.advance(StoreLeadership.LEASE.plus(Duration.ofMillis(1)));
        }
    }

    private PendingAction readyStop() {
        return new PendingAction("K7Q2XM", CommandName.STOP, 23456789L, "Live/Momentum", ALICE, "stop momentum",
                ActionPlan.of("L-abc"), false, Optional.empty(), ActionState.READY, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(2)), "");
    }

    private static Leadership.Listener recording(List<String> heard) {
        return new Leadership.Listener() {
            @Override
            public void elected(Term term) {
                heard.add("elected " + term.epoch());
            }

            @Override
            public void deposed(Term term) {
                heard.add("deposed " + term.epoch());
            }
        };
    }
}
