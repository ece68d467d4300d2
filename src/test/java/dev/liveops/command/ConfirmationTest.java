package dev.liveops.command;

import dev.liveops.reply.Reply;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.Endpoint;
import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectApiException;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stop and liquidate through the core against the sandbox: confirm, expire, approve, restart, exactly once. */
class ConfirmationTest {
    private static final Caller ADMIN = TestCallers.ALICE;
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    private static final Caller SECOND_TRADER = new Caller(Platform.SLACK, "U400", "sara", Set.of(), "C-OPS");
    private static final Caller VIEWER = new Caller(Platform.SLACK, "U300", "vera", Set.of(), "C-OPS");

    private TestCore core;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        start(team());
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    /** alice administers from the console, tom (Discord) and sara (Slack) trade, vera (Slack) views. */
    private static TestCore.Builder team() {
        return TestCore.builder().consoleAdmin().user(Platform.DISCORD, "200", "trader")
                .user(Platform.SLACK, "U400", "trader").user(Platform.SLACK, "U300", "viewer");
    }

    private void start(TestCore.Builder builder) {
        if (core != null) {
            core.close();
        }
        core = builder.build();
        gateway = core.gateway();
    }

    @Test
    void liquidatePreviewsTheHoldingsAndRunsOnceWhenConfirmed() {
        Reply preview = gateway.handle(TRADER, "liquidate momentum");

        assertThat(preview.title()).isEqualTo("Liquidate Live/Momentum?");
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows())
                .extracting(row -> row.get(0)).containsExactlyInAnyOrder("SPY", "QQQ", "NVDA"));
        assertThat(preview.text()).startsWith("This closes 3 holdings worth ");
        verify(core.live(), never()).liquidate(anyLong());

        Reply result = gateway.handle(TRADER, "confirm " + confirmCode(preview));
        Reply again = gateway.handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(result.text()).contains("Requested by tom (discord:200)")
                .contains("QuantConnect now reports Live/Momentum as Liquidated");
        assertThat(again.title()).isEqualTo("liquidate Live/Momentum: done");
        verify(core.live(), times(1)).liquidate(MOMENTUM);
        assertThat(core.client().live().read(MOMENTUM).status()).isEqualTo(LiveStatus.LIQUIDATED);
    }

    @Test
    void anExpiredConfirmationSendsNothing() {
        Reply preview = gateway.handle(TRADER, "stop momentum");
        core.clock().advance(Duration.ofSeconds(121));

        Reply late = gateway.handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(late.text()).startsWith("This stop request expired at 2026-11-20 14:32 UTC; nothing was sent.");
        verify(core.live(), never()).stop(anyLong());
        assertThat(steps()).contains(AuditStep.REQUESTED, AuditStep.EXPIRED);
    }

    @Test
    void onlyTheRequesterCanConfirm() {
        Reply preview = gateway.handle(TRADER, "stop momentum");

        Reply refused = gateway.handle(SECOND_TRADER, "confirm " + confirmCode(preview));

        assertThat(refused.text()).isEqualTo("Only tom (discord:200) can confirm this stop of Live/Momentum.");
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void twoConfirmsAtOnceFromTwoPlatformsSendOneStop() throws Exception {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        CommandGateway otherProcess = core.newGateway();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Reply> first = pool.submit(() -> {
                start.await();
                return gateway.handle(TRADER, "confirm " + code);
            });
            Future<Reply> second = pool.submit(() -> {
                start.await();
                return otherProcess.handle(TRADER, "confirm " + code);
            });
            start.countDown();
            List<Severity> severities = List.of(first.get(10, TimeUnit.SECONDS).severity(),
                    second.get(10, TimeUnit.SECONDS).severity());

            assertThat(severities).containsOnlyOnce(Severity.SUCCESS);
        } finally {
            pool.shutdownNow();
        }
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    @Test
    void twoPersonApprovalNeedsSomeoneElseWithThePermission() {
        start(team().requireApproval(CommandName.LIQUIDATE));
        String code = confirmCode(gateway.handle(TRADER, "liquidate meanrev"));

        Reply waiting = gateway.handle(TRADER, "confirm " + code);
        Reply selfApproval = gateway.handle(TRADER, "approve " + code);
        Reply viewerApproval = gateway.handle(VIEWER, "approve " + code);
        verify(core.live(), never()).liquidate(anyLong());
        Reply approved = gateway.handle(SECOND_TRADER, "approve " + code);
        Reply twice = gateway.handle(ADMIN, "approve " + code);

        assertThat(waiting.title()).isEqualTo("Waiting for approval: liquidate Live/MeanReversion");
        assertThat(selfApproval.text()).isEqualTo("You requested this liquidate; a second person must approve it.");
        assertThat(viewerApproval.text()).startsWith("You cannot approve this: Your roles (viewer) do not allow");
        assertThat(approved.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(approved.text()).contains("Requested by tom (discord:200), approved by sara (slack:U400).");
        assertThat(twice.title()).isEqualTo("liquidate Live/MeanReversion: done");
        verify(core.live(), times(1)).liquidate(MEAN_REVERSION);
    }

    @Test
    void aRequestSurvivesARestartAndIsConfirmedAfterIt() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));

        CommandGateway restarted = core.newGateway();
        Reply result = restarted.handle(TRADER, "confirm " + code);

        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    @Test
    void aConfirmationPressedBeforeARestartIsExecutedOnceAfterIt() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        // The press was stored, then the process died before sending.
        core.stores().pendingActions().transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");

        List<Reply> recovered = replies(core.newGateway().recoverPendingActions());
        List<Reply> recoveredAgain = replies(core.newGateway().recoverPendingActions());

        assertThat(recovered).singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.SUCCESS));
        assertThat(recoveredAgain).isEmpty();
        verify(core.live(), times(1)).stop(MOMENTUM);
    }

    @Test
    void anActionCutOffWhileSendingIsNeverSentAgain() {
        String code = confirmCode(gateway.handle(TRADER, "liquidate momentum"));
        core.stores().pendingActions().transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");
        core.stores().pendingActions().transition(code, ActionState.READY, ActionState.EXECUTING, "");

        List<Reply> recovered = replies(core.newGateway().recoverPendingActions());

        // Still running the previewed deployment: not done, said without claiming it was never sent.
        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Not done: liquidate Live/Momentum");
            assertThat(r.text()).contains("it was not sent again")
                    .contains("QuantConnect reports Live/Momentum as Running")
                    .contains("the liquidate has not taken effect").doesNotContain("not sent.");
        });
        verify(core.live(), never()).liquidate(anyLong());
        assertThat(core.stores().pendingActions().find(code)).hasValueSatisfying(
                a -> assertThat(a.state()).isEqualTo(ActionState.FAILED));
    }

    @Test
    void aLostAnswerIsReportedAsUnknownWithTheStatusReadBack() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        core.sandbox().faults().failNextCalls(1, 503, "live/update/stop");

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.text()).startsWith("The live/update/stop request may have reached QuantConnect, but it "
                + "answered HTTP 503").contains("QuantConnect now reports Live/Momentum as Running");
        verify(core.live(), times(1)).stop(MOMENTUM);
        assertThat(steps()).contains(AuditStep.OUTCOME_UNKNOWN);
    }

    @Test
    void oneDestructiveActionPerProjectAtATime() {
        gateway.handle(TRADER, "stop momentum");

        Reply second = gateway.handle(ADMIN, "liquidate momentum");

        assertThat(second.text()).startsWith("Live/Momentum already has a stop in progress (")
                .contains("requested by tom (discord:200), awaiting confirmation");
    }

    @Test
    void cancelSendsNothingAndFreesTheProject() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));

        Reply cancelled = gateway.handle(TRADER, "cancel " + code);
        Reply confirmAfter = gateway.handle(TRADER, "confirm " + code);
        Reply next = gateway.handle(TRADER, "liquidate momentum");

        assertThat(cancelled.title()).isEqualTo("Cancelled: stop Live/Momentum");
        assertThat(confirmAfter.title()).isEqualTo("stop Live/Momentum: cancelled");
        assertThat(next.buttons()).isNotEmpty();
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void aConfirmationDoesNotActOnADeploymentThatEndedSinceThePreview() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        core.client().live().liquidate(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.title()).isEqualTo("Not sent: stop Live/Momentum");
        assertThat(result.text()).startsWith("Live/Momentum is already Liquidated; nothing was sent.");
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void onePersonCannotApproveFromTheirOtherAccount() {
        Caller sameSaraOnDiscord = new Caller(Platform.DISCORD, "201", "sara", Set.of(), "chan-1");
        start(TestCore.builder().user(Platform.DISCORD, "201", "trader").user(Platform.SLACK, "U400", "trader")
                .person(Platform.DISCORD, "201", "sara").person(Platform.SLACK, "U400", "sara")
                .requireApproval(CommandName.STOP));
        CommandGateway strict = core.gateway();
        String code = confirmCode(strict.handle(sameSaraOnDiscord, "stop momentum"));
        strict.handle(sameSaraOnDiscord, "confirm " + code);

        Reply approval = strict.handle(SECOND_TRADER, "approve " + code);

        assertThat(approval.text()).isEqualTo("You requested this stop; a second person must approve it.");
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void aDeployWhoseAnswerWasLostSaysThatNoDeploymentExists() {
        String code = confirmCode(gateway.handle(ADMIN, "deploy pairs"));
        core.sandbox().faults().failNextCalls(1, 503, "live/create");

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        assertThat(result.title()).isEqualTo("Outcome unknown: deploy Research/PairsTrading");
        assertThat(result.text()).doesNotContain("Undefined")
                .contains("QuantConnect shows no deployment of Research/PairsTrading yet.")
                .doesNotContain("has not been deployed");
    }

    @Test
    void aDeployWhoseAnswerWasLostSaysThatOnlyTheOldDeploymentExists() {
        String code = confirmCode(gateway.handle(ADMIN, "deploy cryptobasis"));
        String old = core.client().live().read(CRYPTO_BASIS).deployId();
        core.sandbox().faults().failNextCalls(1, 503, "live/create");

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        assertThat(result.text()).contains("QuantConnect shows no new deployment of Live/CryptoBasis yet (the latest, "
                + old + ", is Stopped).");
    }

    @Test
    void aDeployWhoseAnswerWasLostAfterItWentThroughNamesTheNewDeploymentAndItsStatus() {
        String code = confirmCode(gateway.handle(ADMIN, "deploy pairs"));
        doAnswer(call -> {
            call.callRealMethod();
            throw new OutcomeUnknownException(Endpoint.LIVE_CREATE, "it did not answer in time", null);
        }).when(core.live()).create(any());

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        LiveAlgorithm created = core.client().live().read(PAIRS_TRADING);
        assertThat(result.title()).isEqualTo("Outcome unknown: deploy Research/PairsTrading");
        assertThat(result.text()).contains("QuantConnect now reports Research/PairsTrading as "
                + created.status().wireName() + ", in the new deployment " + created.deployId() + ".");
    }

    @Test
    void quantConnectsOwnRefusalIsFollowedByWholeSentences() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        doThrow(new QuantConnectApiException(Endpoint.LIVE_STOP, List.of("Internal error")))
                .when(core.live()).stop(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.title()).isEqualTo("QuantConnect refused the stop of Live/Momentum");
        assertThat(result.text()).isEqualTo("QuantConnect said: Internal error. Requested by tom (discord:200).");
    }

    @Test
    void aFailureInsideLiveOpsWhileSendingIsReportedInSentencesAndAsUnknown() {
        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        doThrow(new IllegalStateException("bug")).when(core.live()).stop(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + code);
        Reply again = gateway.handle(TRADER, "confirm " + code);

        String unknown = "LiveOps failed inside while sending this, so whether QuantConnect received it is unknown.";
        assertThat(result.text()).isEqualTo(unknown + " Check its status with /live read Live/Momentum. "
                + "Requested by tom (discord:200).");
        assertThat(again.title()).isEqualTo("stop Live/Momentum: sent, outcome unknown");
        assertThat(again.text()).isEqualTo(unknown);
        assertThat(steps()).contains(AuditStep.OUTCOME_UNKNOWN);
    }

    private List<AuditStep> steps() {
        return core.stores().auditLog().recent(Optional.empty(), 50).stream().map(AuditEntry::step).toList();
    }

    private static List<Reply> replies(List<RecoveredAction> recovered) {
        return recovered.stream().map(RecoveredAction::reply).toList();
    }
}
