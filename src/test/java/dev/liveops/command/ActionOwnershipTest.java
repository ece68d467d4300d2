package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two LiveOps processes on one store, and processes that die at each point of an action's life: recovery never
 * judges an action a live process owns, and every confirmed action ends with a true final message to its requester.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionOwnershipTest {
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    private static final Caller ADMIN = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C-OPS");

    @Parameter
    StoreKind kind;

    private TestCore core;
    private PendingActionStore actions;

    @BeforeEach
    void start() {
        core = TestCore.builder().store(kind).user(Platform.DISCORD, "200", "trader")
                .user(Platform.SLACK, "U1", "admin").build();
        actions = core.stores().pendingActions();
    }

    @AfterEach
    void close() {
        core.close();
    }

    /** Crash point 1: a second process starts while the first is sending a stop. */
    @Test
    void aSecondProcessStartingMidSendLeavesTheActionToTheProcessSendingIt() throws Exception {
        String code = confirmCode(core.gateway().handle(TRADER, "stop momentum"));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        doAnswer(call -> {
            sending.countDown();
            // QuantConnect is slow to answer: the second process starts while this stop is on its way.
            answered.await(10, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(core.live()).stop(MOMENTUM);
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(
                () -> core.gateway().handle(TRADER, "confirm " + code));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        List<RecoveredAction> secondAtStartUp = core.newGateway().recoverPendingActions();
        answered.countDown();
        Reply finalReply = first.get(10, TimeUnit.SECONDS);

        assertThat(secondAtStartUp).isEmpty();
        assertThat(finalReply.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(finalReply.text()).contains("QuantConnect now reports Live/Momentum as Stopped");
        assertThat(actions.find(code)).hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.DONE));
        assertThat(core.newGateway().recoverPendingActions()).isEmpty();
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    /** Crash point 2: killed right after confirm, while sending; the stop had reached QuantConnect. */
    @Test
    void aStopWhoseProcessDiedAfterSendingItIsReportedDone() {
        String code = sendingWhenItsProcessDies("stop momentum");
        core.client().live().stop(MOMENTUM); // it reached QuantConnect before the process died

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.requester().channelId()).isEqualTo("chan-1");
            assertThat(r.reply().title()).isEqualTo("Done: stop Live/Momentum");
            assertThat(r.reply().text()).contains("QuantConnect reports Live/Momentum as Stopped")
                    .contains("the stop has taken effect");
        });
        assertThat(actions.find(code)).hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.DONE));
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    /** Crash point 2: killed after confirm; QuantConnect shows nothing changed, which is said, not "not sent". */
    @Test
    void aStopWhoseProcessDiedBeforeItTookEffectIsReportedNotDoneWithoutClaimingItWasNotSent() {
        String code = sendingWhenItsProcessDies("stop momentum");

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.reply().title()).isEqualTo("Not done: stop Live/Momentum");
            assertThat(r.reply().text()).contains("QuantConnect reports Live/Momentum as Running")
                    .contains("the stop has not taken effect").contains("it was not sent again")
                    .doesNotContain("nothing was sent");
        });
        assertThat(actions.find(code)).hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.FAILED));
        verify(core.live(), never()).stop(anyLong());
    }

    /** Crash point 2: killed after confirm, and QuantConnect cannot be read: unknown, never a guess. */
    @Test
    void aStopWhoseProcessDiedIsReportedUnknownWhenQuantConnectCannotBeRead() {
        String code = sendingWhenItsProcessDies("stop momentum");
        core.sandbox().faults().failNextCalls(3, 503, "live/read");

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.reply().title()).isEqualTo("Outcome unknown: stop Live/Momentum");
            assertThat(r.reply().text()).contains("could not be read back")
                    .contains("whether QuantConnect received it is unknown");
        });
        assertThat(actions.find(code)).hasValueSatisfying(
                a -> assertThat(a.state()).isEqualTo(ActionState.OUTCOME_UNKNOWN));
    }

    /** A process whose lease has not run out may just be slow: its action is not touched. */
    @Test
    void anActionOfAProcessThatStillLivesIsNeverTakenOver() {
        String code = confirmCode(core.gateway().handle(TRADER, "stop momentum"));
        actions.claim(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, core.process().id());
        String executing = confirmCode(core.gateway().handle(ADMIN, "deploy pairs"));
        actions.claim(executing, ActionState.AWAITING_CONFIRMATION, ActionState.READY, core.process().id());
        actions.claim(executing, ActionState.READY, ActionState.EXECUTING, core.process().id());

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();

        assertThat(recovered).isEmpty();
        assertThat(actions.find(code)).hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.READY));
        assertThat(actions.find(executing)).hasValueSatisfying(
                a -> assertThat(a.state()).isEqualTo(ActionState.EXECUTING));
        verify(core.live(), never()).stop(anyLong());
        verify(core.live(), never()).create(any());
    }

    /** A deploy whose process hung after QuantConnect created it, and whose lease then ran out. */
    @Test
    void aDeployWhoseProcessDiedAfterQuantConnectCreatedItIsReportedDoneAndNotDeployedAgain() throws Exception {
        String code = confirmCode(core.gateway().handle(ADMIN, "deploy pairs"));
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        doAnswer(call -> {
            Object answer = call.callRealMethod();
            created.countDown();
            never.await(10, TimeUnit.SECONDS); // the process hangs here and its lease runs out
            return answer;
        }).when(core.live()).create(any());
        CompletableFuture<Reply> hung = CompletableFuture.supplyAsync(
                () -> core.gateway().handle(ADMIN, "confirm " + code));
        assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();
        core.died(core.process());

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();
        never.countDown();
        hung.get(10, TimeUnit.SECONDS);

        LiveAlgorithm deployment = core.client().live().read(PAIRS_TRADING);
        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.requester().channelId()).isEqualTo("C-OPS");
            assertThat(r.reply().title()).isEqualTo("Done: deploy Research/PairsTrading");
            assertThat(r.reply().text()).contains("in deployment " + deployment.deployId())
                    .contains("the deploy has taken effect");
        });
        verify(core.live(), times(1)).create(any());
    }

    /** Crash point 3: confirmed, then the process died before sending; after the restart it is sent once. */
    @Test
    void aConfirmedActionOfADeadProcessIsSentOnceAfterTheRestartAndReported() {
        String code = confirmCode(core.gateway().handle(TRADER, "stop momentum"));
        actions.claim(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, core.process().id());
        core.restart();

        List<RecoveredAction> recovered = core.gateway().recoverPendingActions();
        List<RecoveredAction> again = core.newGateway().recoverPendingActions();

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.requester().channelId()).isEqualTo("chan-1");
            assertThat(r.reply().severity()).isEqualTo(Severity.SUCCESS);
            assertThat(r.reply().text()).contains("QuantConnect now reports Live/Momentum as Stopped");
        });
        assertThat(again).isEmpty();
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    /** Confirmed and being sent by the gateway's process, which then dies (its lease runs out). */
    private String sendingWhenItsProcessDies(String command) {
        String code = confirmCode(core.gateway().handle(TRADER, command));
        String owner = core.process().id();
        assertThat(actions.claim(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, owner)).isTrue();
        assertThat(actions.claim(code, ActionState.READY, ActionState.EXECUTING, owner)).isTrue();
        core.died(core.process());
        return code;
    }
}
