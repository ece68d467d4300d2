package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.FLEET_FIRST_ID;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.Replies.confirmCode;
import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.leader.FencedWriteException;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.store.StoreLeadership;
import dev.liveops.testing.PostgresServer;
import dev.liveops.testing.Replica;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several LiveOps processes on one store (SQLite and a real PostgreSQL), watching one sandbox and posting to one
 * Slack channel: each status change is announced once, however the leader goes.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReplicasTest {
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration ELECTION_ROUND = StoreLeadership.LEASE.dividedBy(3);
    private static final int FAILOVERS = 20;

    private static final Caller TRADER = new Caller(Platform.SLACK, "U1", "tom", Set.of(), "C-OPS");

    @Parameter
    StoreKind kind;

    private final RecordingPoster slack = new RecordingPoster(Platform.SLACK);
    /** The processes still running: each takes part in every election round. */
    private final List<Replica> running = new ArrayList<>();
    private final List<Replica> all = new ArrayList<>();
    private TestCore core;

    @BeforeEach
    void start() {
        core = TestCore.builder().store(kind).fleet(FAILOVERS).user(Platform.SLACK, "U1", "trader")
                .watcher(watcherSettings().subscription(new ConfiguredSubscription(new ChannelKey(Platform.SLACK,
                        "C-ALL"), Set.of(), "*", Map.of())).build())
                .poster(slack).build();
    }

    @AfterEach
    void stop() {
        all.forEach(Replica::close);
        core.close();
    }

    @Test
    void aStatusChangeIsAnnouncedOnceByTwoProcesses() {
        start("a");
        start("b");
        settle();

        core.sandbox().faults().runtimeError(MOMENTUM, "ZeroDivisionError");
        for (int i = 0; i < 3; i++) {
            pass(POLL);
            settle();
        }

        assertThat(titles()).containsExactly("Live/Momentum is RuntimeError");
    }

    @Test
    void whenTheLeadersSessionIsKilledTheStandbyTakesOverAndTheOldLeadersLateCycleIsRefused() {
        Replica a = start("a");
        Replica b = start("b");
        settle();
        assertThat(a.leadership().isLeader()).isTrue();

        core.sandbox().faults().runtimeError(MOMENTUM, "ZeroDivisionError");
        killLeader(a);
        electionRound();

        assertThat(b.leadership().term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(2));
        assertThat(a.leadership().isLeader()).as("a has not noticed yet").isTrue();
        core.clock().advance(POLL);
        assertThatThrownBy(a::watchRegardless).as("a's cycle, with its message, is refused")
                .isInstanceOf(FencedWriteException.class);
        a.stepRegardless();
        b.step();
        b.step();

        assertThat(titles()).containsExactly("Live/Momentum is RuntimeError");
    }

    @Test
    void aConfirmationTakenByALeaderThatLostTheLeadSendsNothingAndSaysSo() {
        Replica a = start("a");
        Replica b = start("b");
        Reply preview = a.gateway().handle(TRADER, "stop momentum");
        killLeader(a);
        electionRound();

        Reply answer = a.gateway().handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(answer.severity()).isEqualTo(Severity.ERROR);
        assertThat(answer.text()).isEqualTo("LiveOps handed over to another of its processes while this command was "
                + "under way; this one sent nothing. Read the project to see where it stands before asking again.");
        verify(core.live(), never()).stop(MOMENTUM);
        assertThat(core.stores().pendingActions().find(confirmCode(preview))).hasValueSatisfying(action ->
                assertThat(action.state()).as("not left holding the project").isEqualTo(ActionState.FAILED));
        assertThat(b.gateway().handle(TRADER, "stop momentum").severity()).isNotEqualTo(Severity.ERROR);
    }

    @Test
    void aStandbySendsTheActionItTookTheConfirmationFor() {
        start("a");
        Replica b = start("b");
        Reply preview = b.gateway().handle(TRADER, "stop momentum");

        Reply answer = b.gateway().handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(answer.severity()).isEqualTo(Severity.SUCCESS);
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    @Test
    void failoversDuringAStreamOfStatusChangesLoseNoneAndRepeatNone() {
        start("r-first");
        start("r-second");
        settle();
        for (int i = 0; i < FAILOVERS; i++) {
            core.sandbox().faults().runtimeError(FLEET_FIRST_ID + i, "Broker disconnected " + i);
            Replica leader = leader();
            switch (i % 3) {
                case 0 -> stopCleanly(leader);
                case 1 -> killLeader(leader);
                default -> {
                    // The leader sees and announces the change, then dies before its next step.
                    core.clock().advance(POLL);
                    leader.step();
                    killLeader(leader);
                }
            }
            start("r-" + i);
            electionRound();
            if (!leader.leadership().equals(leader().leadership())) {
                leader.close(); // its connections, which died with it
            }
            assertThat(running.stream().filter(r -> r.leadership().isLeader())).as("leaders after failover " + i)
                    .hasSize(1);
            pass(POLL);
            settle();
        }
        settle();

        Map<String, Long> announced = titles().stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(announced).isEqualTo(IntStream.rangeClosed(1, FAILOVERS).boxed().collect(Collectors.toMap(
                i -> String.format("Fleet/Strategy-%04d is RuntimeError", i), i -> 1L)));
    }

    @Test
    void concurrentWatchersOnOneChangeLeaveOneOutboxRow() throws Exception {
        List<Replica> watchers = IntStream.range(0, 4).mapToObj(i -> start("w" + i)).toList();
        settle();
        core.sandbox().faults().runtimeError(MOMENTUM, "ZeroDivisionError");
        core.clock().advance(POLL);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(watchers.size());
        List<Future<Boolean>> recorded = new ArrayList<>();
        for (Replica watcher : watchers) {
            recorded.add(threads.submit(() -> {
                go.await();
                try {
                    watcher.watchRegardless();
                    return true;
                } catch (FencedWriteException refused) {
                    return false;
                }
            }));
        }
        go.countDown();
        int cycles = 0;
        for (Future<Boolean> one : recorded) {
            cycles += one.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(cycles).as("cycles recorded").isEqualTo(1);
        leader().step();
        assertThat(titles()).containsExactly("Live/Momentum is RuntimeError");
    }

    private Replica start(String name) {
        Replica replica = core.replica(name).tick();
        running.add(replica);
        all.add(replica);
        return replica;
    }

    private Replica leader() {
        return running.stream().filter(r -> r.leadership().isLeader()).findFirst().orElseThrow();
    }

    private void stopCleanly(Replica leader) {
        running.remove(leader);
        leader.close();
    }

    /**
     * PostgreSQL: an operator ends its session, and its lock goes at once; SQLite: it is killed, so it never renews
     * its lease again, which runs out.
     */
    private void killLeader(Replica leader) {
        running.remove(leader);
        if (kind == StoreKind.POSTGRESQL) {
            assertThat(PostgresServer.shared().terminate(leader.sessionName())).isEqualTo(1);
        } else {
            core.clock().advance(StoreLeadership.LEASE.plusMillis(1));
        }
    }

    /** Time passes as it does for the processes: an election round every third of a lease. */
    private void pass(Duration time) {
        for (Duration passed = Duration.ZERO; passed.compareTo(time) < 0; passed = passed.plus(ELECTION_ROUND)) {
            core.clock().advance(ELECTION_ROUND);
            electionRound();
        }
    }

    private void electionRound() {
        List.copyOf(running).forEach(Replica::tick);
    }

    /** Every process steps twice: the leader polls and delivers; the standbys do nothing. */
    private void settle() {
        for (int i = 0; i < 2; i++) {
            running.forEach(Replica::step);
        }
    }

    private List<String> titles() {
        return slack.in("C-ALL").stream().map(Reply::title).toList();
    }
}
