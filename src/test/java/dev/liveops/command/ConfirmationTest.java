package dev.liveops.command;

import dev.liveops.reply.Reply;

import static dev.liveops.command.CoreHarness.ADMIN;
import static dev.liveops.command.CoreHarness.SECOND_TRADER;
import static dev.liveops.command.CoreHarness.TRADER;
import static dev.liveops.command.CoreHarness.VIEWER;
import static dev.liveops.command.CoreHarness.code;
import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
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
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.Endpoint;
import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectApiException;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveStatus;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/** Stop and liquidate through the core against the sandbox: confirm, expire, approve, restart, exactly once. */
class ConfirmationTest {
    @TempDir
    Path folder;

    private CoreHarness harness;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        harness = new CoreHarness(folder);
        gateway = harness.gateway();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void liquidatePreviewsTheHoldingsAndRunsOnceWhenConfirmed() {
        Reply preview = gateway.handle(TRADER, "liquidate momentum");

        assertThat(preview.title()).isEqualTo("Liquidate Live/Momentum?");
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows())
                .extracting(row -> row.get(0)).containsExactlyInAnyOrder("SPY", "QQQ", "NVDA"));
        assertThat(preview.text()).startsWith("This closes 3 holdings worth ");
        verify(harness.live, never()).liquidate(anyLong());

        Reply result = gateway.handle(TRADER, "confirm " + code(preview));
        Reply again = gateway.handle(TRADER, "confirm " + code(preview));

        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(result.text()).contains("Requested by tom (discord:200)")
                .contains("QuantConnect now reports Live/Momentum as Liquidated");
        assertThat(again.title()).isEqualTo("liquidate Live/Momentum: done");
        verify(harness.live, times(1)).liquidate(MOMENTUM);
        assertThat(harness.client.live().read(MOMENTUM).status()).isEqualTo(LiveStatus.LIQUIDATED);
    }

    @Test
    void anExpiredConfirmationSendsNothing() {
        Reply preview = gateway.handle(TRADER, "stop momentum");
        harness.clock.advance(Duration.ofSeconds(121));

        Reply late = gateway.handle(TRADER, "confirm " + code(preview));

        assertThat(late.text()).startsWith("This stop request expired at 2026-11-20 14:32 UTC; nothing was sent.");
        verify(harness.live, never()).stop(anyLong());
        assertThat(steps()).contains(AuditStep.REQUESTED, AuditStep.EXPIRED);
    }

    @Test
    void onlyTheRequesterCanConfirm() {
        Reply preview = gateway.handle(TRADER, "stop momentum");

        Reply refused = gateway.handle(SECOND_TRADER, "confirm " + code(preview));

        assertThat(refused.text()).isEqualTo("Only tom (discord:200) can confirm this stop of Live/Momentum.");
        verify(harness.live, never()).stop(anyLong());
    }

    @Test
    void twoConfirmsAtOnceFromTwoPlatformsSendOneStop() throws Exception {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        CommandGateway otherProcess = harness.gateway();
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
        verify(harness.live, times(1)).stop(MOMENTUM);
    }

    @Test
    void twoPersonApprovalNeedsSomeoneElseWithThePermission() {
        gateway = harness.gateway(new ActionRules(ActionRules.DEFAULT_CONFIRMATION_TTL,
                ActionRules.DEFAULT_APPROVAL_TTL, Set.of(CommandName.LIQUIDATE), ActionRules.paperTrading().brokerages(),
                Optional.of("paper")));
        String code = code(gateway.handle(TRADER, "liquidate meanrev"));

        Reply waiting = gateway.handle(TRADER, "confirm " + code);
        Reply selfApproval = gateway.handle(TRADER, "approve " + code);
        Reply viewerApproval = gateway.handle(VIEWER, "approve " + code);
        verify(harness.live, never()).liquidate(anyLong());
        Reply approved = gateway.handle(SECOND_TRADER, "approve " + code);
        Reply twice = gateway.handle(ADMIN, "approve " + code);

        assertThat(waiting.title()).isEqualTo("Waiting for approval: liquidate Live/MeanReversion");
        assertThat(selfApproval.text()).isEqualTo("You requested this liquidate; a second person must approve it.");
        assertThat(viewerApproval.text()).startsWith("You cannot approve this: Your roles (viewer) do not allow");
        assertThat(approved.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(approved.text()).contains("Requested by tom (discord:200), approved by sara (slack:U400).");
        assertThat(twice.title()).isEqualTo("liquidate Live/MeanReversion: done");
        verify(harness.live, times(1)).liquidate(MEAN_REVERSION);
    }

    @Test
    void aRequestSurvivesARestartAndIsConfirmedAfterIt() {
        String code = code(gateway.handle(TRADER, "stop momentum"));

        CommandGateway restarted = harness.gateway();
        Reply result = restarted.handle(TRADER, "confirm " + code);

        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        verify(harness.live, times(1)).stop(MOMENTUM);
    }

    @Test
    void aConfirmationPressedBeforeARestartIsExecutedOnceAfterIt() {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        // The press was stored, then the process died before sending.
        harness.actions.transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");

        List<Reply> recovered = replies(harness.gateway().recoverPendingActions());
        List<Reply> recoveredAgain = replies(harness.gateway().recoverPendingActions());

        assertThat(recovered).singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.SUCCESS));
        assertThat(recoveredAgain).isEmpty();
        verify(harness.live, times(1)).stop(MOMENTUM);
    }

    @Test
    void anActionCutOffWhileSendingIsNeverSentAgain() {
        String code = code(gateway.handle(TRADER, "liquidate momentum"));
        harness.actions.transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");
        harness.actions.transition(code, ActionState.READY, ActionState.EXECUTING, "");

        List<Reply> recovered = replies(harness.gateway().recoverPendingActions());

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Outcome unknown: liquidate Live/Momentum");
            assertThat(r.text()).contains("it was not sent again")
                    .contains("QuantConnect now reports Live/Momentum as Running");
        });
        verify(harness.live, never()).liquidate(anyLong());
        assertThat(harness.actions.find(code)).hasValueSatisfying(
                a -> assertThat(a.state()).isEqualTo(ActionState.OUTCOME_UNKNOWN));
    }

    @Test
    void aLostAnswerIsReportedAsUnknownWithTheStatusReadBack() {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        harness.sandbox.faults().failNextCalls(1, 503, "live/update/stop");

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.text()).startsWith("The live/update/stop request may have reached QuantConnect, but it "
                + "answered HTTP 503").contains("QuantConnect now reports Live/Momentum as Running");
        verify(harness.live, times(1)).stop(MOMENTUM);
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
        String code = code(gateway.handle(TRADER, "stop momentum"));

        Reply cancelled = gateway.handle(TRADER, "cancel " + code);
        Reply confirmAfter = gateway.handle(TRADER, "confirm " + code);
        Reply next = gateway.handle(TRADER, "liquidate momentum");

        assertThat(cancelled.title()).isEqualTo("Cancelled: stop Live/Momentum");
        assertThat(confirmAfter.title()).isEqualTo("stop Live/Momentum: cancelled");
        assertThat(next.buttons()).isNotEmpty();
        verify(harness.live, never()).stop(anyLong());
    }

    @Test
    void aConfirmationDoesNotActOnADeploymentThatEndedSinceThePreview() {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        harness.client.live().liquidate(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.title()).isEqualTo("Not sent: stop Live/Momentum");
        assertThat(result.text()).startsWith("Live/Momentum is already Liquidated; nothing was sent.");
        verify(harness.live, never()).stop(anyLong());
    }

    @Test
    void onePersonCannotApproveFromTheirOtherAccount() {
        var sameSaraOnDiscord = new dev.liveops.access.Caller(dev.liveops.access.Platform.DISCORD, "201", "sara",
                Set.of(), "chan-1");
        var access = new dev.liveops.access.AccessPolicy(dev.liveops.access.RoleCatalog.defaults(),
                new dev.liveops.access.IdentityMap(
                        java.util.Map.of(dev.liveops.access.Platform.DISCORD, java.util.Map.of("201", List.of("trader")),
                                dev.liveops.access.Platform.SLACK, java.util.Map.of("U400", List.of("trader"))),
                        java.util.Map.of(),
                        java.util.Map.of(dev.liveops.access.Platform.DISCORD, java.util.Map.of("201", "sara"),
                                dev.liveops.access.Platform.SLACK, java.util.Map.of("U400", "sara"))));
        CommandGateway strict = dev.liveops.testing.Gateways.over(harness.client, access, harness.database,
                new ActionRules(ActionRules.DEFAULT_CONFIRMATION_TTL, ActionRules.DEFAULT_APPROVAL_TTL,
                        Set.of(CommandName.STOP), ActionRules.paperTrading().brokerages(), Optional.of("paper")),
                harness.clock);
        String code = code(strict.handle(sameSaraOnDiscord, "stop momentum"));
        strict.handle(sameSaraOnDiscord, "confirm " + code);

        Reply approval = strict.handle(SECOND_TRADER, "approve " + code);

        assertThat(approval.text()).isEqualTo("You requested this stop; a second person must approve it.");
        verify(harness.live, never()).stop(anyLong());
    }

    @Test
    void aDeployWhoseAnswerWasLostSaysThatNoDeploymentExists() {
        String code = code(gateway.handle(ADMIN, "deploy pairs"));
        harness.sandbox.faults().failNextCalls(1, 503, "live/create");

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        assertThat(result.title()).isEqualTo("Outcome unknown: deploy Research/PairsTrading");
        assertThat(result.text()).doesNotContain("Undefined")
                .contains("QuantConnect shows no deployment of Research/PairsTrading: it has not been deployed.");
    }

    @Test
    void aDeployWhoseAnswerWasLostSaysThatOnlyTheOldDeploymentExists() {
        String code = code(gateway.handle(ADMIN, "deploy cryptobasis"));
        String old = harness.client.live().read(CRYPTO_BASIS).deployId();
        harness.sandbox.faults().failNextCalls(1, 503, "live/create");

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        assertThat(result.text()).contains("QuantConnect shows no new deployment of Live/CryptoBasis (the latest, "
                + old + ", is Stopped): it has not been deployed.");
    }

    @Test
    void aDeployWhoseAnswerWasLostAfterItWentThroughNamesTheNewDeploymentAndItsStatus() {
        String code = code(gateway.handle(ADMIN, "deploy pairs"));
        doAnswer(call -> {
            call.callRealMethod();
            throw new OutcomeUnknownException(Endpoint.LIVE_CREATE, "it did not answer in time", null);
        }).when(harness.live).create(any());

        Reply result = gateway.handle(ADMIN, "confirm " + code);

        LiveAlgorithm created = harness.client.live().read(PAIRS_TRADING);
        assertThat(result.title()).isEqualTo("Outcome unknown: deploy Research/PairsTrading");
        assertThat(result.text()).contains("QuantConnect now reports Research/PairsTrading as "
                + created.status().wireName() + ", in the new deployment " + created.deployId() + ".");
    }

    @Test
    void quantConnectsOwnRefusalIsFollowedByWholeSentences() {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        doThrow(new QuantConnectApiException(Endpoint.LIVE_STOP, List.of("Internal error")))
                .when(harness.live).stop(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + code);

        assertThat(result.title()).isEqualTo("QuantConnect refused the stop of Live/Momentum");
        assertThat(result.text()).isEqualTo("QuantConnect said: Internal error. Requested by tom (discord:200).");
    }

    @Test
    void aFailureInsideLiveOpsWhileSendingIsReportedInSentencesAndAsUnknown() {
        String code = code(gateway.handle(TRADER, "stop momentum"));
        doThrow(new IllegalStateException("bug")).when(harness.live).stop(MOMENTUM);

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
        return harness.audit.recent(Optional.empty(), 50).stream().map(AuditEntry::step).toList();
    }

    private static List<Reply> replies(List<RecoveredAction> recovered) {
        return recovered.stream().map(RecoveredAction::reply).toList();
    }
}
