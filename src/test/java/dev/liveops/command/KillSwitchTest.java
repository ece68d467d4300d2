package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.FLEET_FIRST_ID;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Portfolio;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** stop all and liquidate all through the core against the sandbox: previewed, confirmed, each sent once. */
class KillSwitchTest {
    private static final Caller ADMIN = TestCallers.ALICE;
    /** tom trades, on Discord and on Slack: one person with two identities. */
    private static final Caller TOM_ON_DISCORD = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    private static final Caller TOM_ON_SLACK = new Caller(Platform.SLACK, "U200", "tom", Set.of(), "C-OPS");
    /** fred may stop the first nine fleet strategies only. */
    private static final Caller FRED = new Caller(Platform.SLACK, "U500", "fred", Set.of(), "C-FLEET");
    private static final String FLEET = "stop all --project Fleet/*";

    private TestCore core;

    @AfterEach
    void close() {
        if (core != null) {
            core.close();
        }
    }

    private static TestCore.Builder team(int fleet) {
        return TestCore.builder().fleet(fleet).consoleAdmin()
                .user(Platform.DISCORD, "200", "trader").user(Platform.SLACK, "U200", "trader")
                .person(Platform.DISCORD, "200", "tom").person(Platform.SLACK, "U200", "tom")
                .role("fleet-trader", Set.of(Permission.STOP, Permission.READ), "Fleet/Strategy-000?")
                .user(Platform.SLACK, "U500", "fleet-trader");
    }

    private static List<Long> fleetIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> (long) FLEET_FIRST_ID + i).toList();
    }

    @Test
    void stopAllOverFiftyDeploymentsWithFiveFailingReportsFortyFiveStoppedAndFiveFailed() {
        core = team(50).build();
        Reply preview = core.gateway().handle(ADMIN, FLEET);
        assertThat(preview.title()).isEqualTo("Stop 50 deployments?");
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows()).hasSize(50));
        core.sandbox().faults().failNextCalls(5, 400, "live/update/stop");

        Reply summary = core.gateway().handle(ADMIN, "confirm " + confirmCode(preview));

        assertThat(summary.severity()).isEqualTo(Severity.WARNING);
        assertThat(summary.text()).startsWith("45 stopped and 5 failed.");
        assertThat(summary.table()).hasValueSatisfying(table -> assertThat(table.rows()).hasSize(5)
                .allSatisfy(row -> assertThat(row.get(2))
                        .isEqualTo("QuantConnect said: HTTP 400: injected by the sandbox fault switch.")));
        fleetIds(50).forEach(id -> verify(core.live(), times(1)).stop(id));
        long stopped = fleetIds(50).stream()
                .filter(id -> core.client().live().read(id).status() == LiveStatus.STOPPED).count();
        assertThat(stopped).isEqualTo(45);
        List<AuditEntry> perDeployment = auditOf(confirmCode(preview)).stream()
                .filter(e -> e.projectId() != null).toList();
        assertThat(perDeployment).hasSize(50);
        assertThat(perDeployment).filteredOn(e -> e.step() == AuditStep.EXECUTED).hasSize(45);
        assertThat(perDeployment).filteredOn(e -> e.step() == AuditStep.EXECUTION_FAILED).hasSize(5);
        verify(core.live(), never()).stop(MOMENTUM);
    }

    @Test
    void aDoubleConfirmFromTwoPlatformsSendsEachStopOnce() throws Exception {
        core = team(20).build();
        String code = confirmCode(core.gateway().handle(TOM_ON_DISCORD, FLEET));
        CountDownLatch bothIn = new CountDownLatch(2);

        CompletableFuture<Reply> discord = CompletableFuture.supplyAsync(() -> {
            bothIn.countDown();
            return core.gateway().handle(TOM_ON_DISCORD, "confirm " + code);
        });
        CompletableFuture<Reply> slack = CompletableFuture.supplyAsync(() -> {
            bothIn.countDown();
            return core.newGateway().handle(TOM_ON_SLACK, "confirm " + code);
        });
        List<Reply> replies = List.of(discord.get(30, TimeUnit.SECONDS), slack.get(30, TimeUnit.SECONDS));
        Reply again = core.gateway().handle(TOM_ON_SLACK, "confirm " + code);

        assertThat(replies).filteredOn(r -> r.title().startsWith("Kill switch: stop")).singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("20 stopped and 0 failed."));
        assertThat(again.title()).isEqualTo("stop all deployments matching Fleet/*: done");
        fleetIds(20).forEach(id -> verify(core.live(), times(1)).stop(id));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aRestartInTheMiddleFinishesWithoutSendingAnythingTwice(StoreKind store) throws Exception {
        core = team(30).store(store).rules(ActionRules.paperTrading().withKillSwitchConcurrency(1)).build();
        String code = confirmCode(core.gateway().handle(ADMIN, FLEET));

        List<RecoveredAction> recovered = crashAfterSending(7, code, () -> { });

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.requester()).isEqualTo(ADMIN);
            assertThat(r.reply().severity()).isEqualTo(Severity.SUCCESS);
            assertThat(r.reply().text()).startsWith("30 stopped and 0 failed.");
        });
        fleetIds(30).forEach(id -> {
            verify(core.live(), times(1)).stop(id);
            assertThat(core.client().live().read(id).status()).isEqualTo(LiveStatus.STOPPED);
        });
        List<AuditEntry> perDeployment = auditOf(code).stream().filter(e -> e.projectId() != null).toList();
        assertThat(perDeployment).hasSize(30).allSatisfy(e -> assertThat(e.step()).isEqualTo(AuditStep.EXECUTED));
        // The one on its way when the process died was judged by what QuantConnect shows, not sent again.
        assertThat(perDeployment).filteredOn(e -> e.outcome().contains("it was not sent again")).singleElement()
                .satisfies(e -> {
                    assertThat(e.projectName()).isEqualTo("Fleet/Strategy-0007");
                    assertThat(e.outcome()).contains("the stop has taken effect");
                });
        assertThat(core.stores().pendingActions().find(code))
                .hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.DONE));
        assertThat(core.newGateway().recoverPendingActions()).isEmpty();
    }

    @Test
    void aKillSwitchTakenOverAfterItsConfirmationExpiredSendsNoMore() throws Exception {
        core = team(10).rules(ActionRules.paperTrading().withKillSwitchConcurrency(1)).build();
        String code = confirmCode(core.gateway().handle(ADMIN, FLEET));

        List<RecoveredAction> recovered = crashAfterSending(3, code,
                () -> core.clock().advance(Duration.ofMinutes(10)));

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.reply().text()).startsWith("3 stopped and 7 failed.");
            assertThat(r.reply().table()).hasValueSatisfying(table -> assertThat(table.rows()).hasSize(7)
                    .allSatisfy(row -> assertThat(row.get(2)).contains("its confirmation has since expired")));
        });
        fleetIds(3).forEach(id -> verify(core.live(), times(1)).stop(id));
        fleetIds(10).subList(3, 10).forEach(id -> verify(core.live(), never()).stop(id));
    }

    @Test
    void lostAnswersAreReportedUnknownBesideDoneAndFailed() {
        core = team(10).build();
        Reply preview = core.gateway().handle(ADMIN, FLEET);
        core.sandbox().faults().dropConnections(2, "live/update/stop");
        core.sandbox().faults().failNextCalls(1, 400, "live/update/stop");

        Reply summary = core.gateway().handle(ADMIN, "confirm " + confirmCode(preview));

        assertThat(summary.text()).startsWith("7 stopped and 1 failed; for 2 the outcome is unknown (the answer "
                + "was lost): check them with /live read before acting again.");
        assertThat(core.stores().pendingActions().find(confirmCode(preview)))
                .hasValueSatisfying(a -> assertThat(a.state()).isEqualTo(ActionState.OUTCOME_UNKNOWN));
        fleetIds(10).forEach(id -> verify(core.live(), times(1)).stop(id));
    }

    @Test
    void shuttingDownMidwaySendsNoMoreAndWaitsForTheSendUnderWay() throws Exception {
        core = team(3).rules(ActionRules.paperTrading().withKillSwitchConcurrency(1)).build();
        String code = confirmCode(core.gateway().handle(ADMIN, FLEET));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        doAnswer(call -> {
            sending.countDown();
            answer.await(30, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(core.live()).stop(anyLong());
        AtomicReference<Reply> summary = new AtomicReference<>();
        Thread confirming = new Thread(() -> summary.set(core.gateway().handle(ADMIN, "confirm " + code)));
        confirming.start();
        assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();

        confirming.interrupt(); // LiveOps is shutting down while the first stop is on its way
        answer.countDown();
        confirming.join(30_000);

        assertThat(summary.get().text()).startsWith("1 stopped and 2 failed.");
        assertThat(summary.get().table()).hasValueSatisfying(table -> assertThat(table.rows()).hasSize(2)
                .allSatisfy(row -> assertThat(row.get(2))
                        .isEqualTo("Not sent: LiveOps was shutting down before its turn came.")));
        verify(core.live(), times(1)).stop(FLEET_FIRST_ID);
        verify(core.live(), times(1)).stop(anyLong());
    }

    /**
     * Confirms the kill switch on a thread of its own; its process hangs right after its {@code sent}th stop reached
     * QuantConnect and its lease runs out. {@code meanwhile} runs, then another process recovers.
     */
    private List<RecoveredAction> crashAfterSending(int sent, String code, Runnable meanwhile) throws Exception {
        AtomicInteger sends = new AtomicInteger();
        CountDownLatch crashed = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        doAnswer(call -> {
            Object answer = call.callRealMethod();
            if (sends.incrementAndGet() == sent) {
                crashed.countDown();
                never.await(30, TimeUnit.SECONDS);
                throw new IllegalStateException("this process is gone");
            }
            return answer;
        }).when(core.live()).stop(anyLong());
        CompletableFuture<Reply> hung = CompletableFuture.supplyAsync(
                () -> core.gateway().handle(ADMIN, "confirm " + code));
        assertThat(crashed.await(30, TimeUnit.SECONDS)).isTrue();
        core.died(core.process());
        meanwhile.run();

        List<RecoveredAction> recovered = core.newGateway().recoverPendingActions();
        never.countDown();
        hung.get(30, TimeUnit.SECONDS);
        return recovered;
    }

    @Test
    void aScopedTradersStopAllTouchesOnlyTheirProjects() {
        core = team(12).build();

        Reply preview = core.gateway().handle(FRED, "stop all");
        Reply summary = core.gateway().handle(FRED, "confirm " + confirmCode(preview));

        assertThat(preview.title()).isEqualTo("Stop 9 deployments?");
        assertThat(summary.text()).startsWith("9 stopped and 0 failed.");
        fleetIds(9).forEach(id -> verify(core.live(), times(1)).stop(id));
        List.of((long) FLEET_FIRST_ID + 9, (long) FLEET_FIRST_ID + 10, (long) FLEET_FIRST_ID + 11, (long) MOMENTUM,
                (long) MEAN_REVERSION).forEach(id -> {
                    verify(core.live(), never()).stop(id);
                    assertThat(core.client().live().read(id).status()).isEqualTo(LiveStatus.RUNNING);
                });
    }

    @Test
    void aSecondKillSwitchWhileOneRunsIsRefused() throws Exception {
        core = team(5).build();
        String code = confirmCode(core.gateway().handle(ADMIN, FLEET));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            sending.countDown();
            release.await(30, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(core.live()).stop(anyLong());
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(
                () -> core.gateway().handle(ADMIN, "confirm " + code));
        assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();

        Reply second = core.gateway().handle(TOM_ON_DISCORD, "liquidate all");
        release.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(second.severity()).isEqualTo(Severity.ERROR);
        assertThat(second.text()).isEqualTo("Another kill switch is under way (stop all deployments matching "
                + "Fleet/*, code " + code + ", requested by alice (console:alice), being sent); one kill switch at "
                + "a time.");
        verify(core.live(), never()).liquidate(anyLong());
    }

    @Test
    void liquidateAllPreviewShowsTotalEquityAndHoldings() {
        core = team(3).build();
        List<Long> running = List.of((long) MOMENTUM, (long) MEAN_REVERSION, (long) FLEET_FIRST_ID,
                (long) FLEET_FIRST_ID + 1, (long) FLEET_FIRST_ID + 2);
        BigDecimal equity = core.client().live().list(Optional.of(LiveStatus.RUNNING)).stream()
                .map(d -> d.equity()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Portfolio> portfolios = running.stream().map(id -> core.client().live().portfolio(id)).toList();
        int holdings = portfolios.stream().mapToInt(p -> p.openHoldings().size()).sum();
        BigDecimal value = portfolios.stream().map(Portfolio::holdingsValue).reduce(BigDecimal.ZERO, BigDecimal::add);

        Reply preview = core.gateway().handle(ADMIN, "liquidate all");

        assertThat(preview.title()).isEqualTo("Liquidate 5 deployments?");
        assertThat(preview.fields()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("Total equity");
            assertThat(f.value()).isEqualTo(Money.format(equity));
        }).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("Holdings");
            assertThat(f.value()).isEqualTo(holdings + " holdings worth " + Money.format(value));
        });
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows()).extracting(r -> r.get(0))
                .containsExactly("Fleet/Strategy-0001", "Fleet/Strategy-0002", "Fleet/Strategy-0003",
                        "Live/MeanReversion", "Live/Momentum"));
        verify(core.live(), never()).liquidate(anyLong());

        Reply summary = core.gateway().handle(ADMIN, "confirm " + confirmCode(preview));

        assertThat(summary.text()).startsWith("5 liquidated and 0 failed.");
        running.forEach(id -> verify(core.live(), times(1)).liquidate(id));
    }

    @Test
    void aPortfolioThatCannotBeReadIsSaidAndStillLiquidated() {
        core = team(2).rules(ActionRules.paperTrading().withKillSwitchConcurrency(1)).build();
        core.sandbox().faults().failNextCalls(2, 503, "live/portfolio/read"); // the first read and its retry

        Reply preview = core.gateway().handle(ADMIN, "liquidate all --project Fleet/*");

        assertThat(preview.text()).endsWith("The holdings of 1 deployment could not be read; they are liquidated "
                + "too.");
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows().get(0).get(3))
                .isEqualTo("could not be read"));
        assertThat(core.gateway().handle(ADMIN, "confirm " + confirmCode(preview)).text())
                .startsWith("2 liquidated and 0 failed.");
    }

    @Test
    void approvalTakesASecondPersonAllowedOnEveryDeployment() {
        core = team(12).requireApproval(CommandName.STOP).build();
        String code = confirmCode(core.gateway().handle(TOM_ON_DISCORD, FLEET));

        Reply confirmed = core.gateway().handle(TOM_ON_DISCORD, "confirm " + code);
        Reply self = core.gateway().handle(TOM_ON_SLACK, "approve " + code);
        Reply scoped = core.gateway().handle(FRED, "approve " + code);
        verify(core.live(), never()).stop(anyLong());
        Reply approved = core.gateway().handle(ADMIN, "approve " + code);

        assertThat(confirmed.title()).isEqualTo("Waiting for approval: stop all deployments matching Fleet/*");
        assertThat(self.text()).isEqualTo("You requested this stop; a second person must approve it.");
        assertThat(scoped.text()).startsWith("You cannot approve this: Your roles (fleet-trader) allow /live stop "
                + "only on Fleet/Strategy-000?, not on Fleet/Strategy-0010.");
        assertThat(approved.text()).startsWith("12 stopped and 0 failed.")
                .contains("Requested by tom (discord:200), approved by alice (console:alice).");
        fleetIds(12).forEach(id -> verify(core.live(), times(1)).stop(id));
    }

    @Test
    void nothingRunningToStopIsOneSentence() {
        core = team(0).build();

        Reply reply = core.gateway().handle(ADMIN, "stop all --project Research/*");

        assertThat(reply.text()).isEqualTo("No deployment that you may stop in projects matching Research/* is "
                + "running or starting; there is nothing to stop.");
    }

    private List<AuditEntry> auditOf(String code) {
        return core.stores().auditLog().recent(Optional.empty(), 1_000).stream()
                .filter(e -> code.equals(e.actionCode())).toList();
    }
}
