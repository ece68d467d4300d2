package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.command.DeclaredCommand.Argument;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.sandbox.SandboxCommand;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /live command and /live broadcast through the core against the sandbox, which records every command it gets. */
class AlgorithmCommandsTest {
    private static final Caller ADMIN = TestCallers.ALICE;
    private static final Caller SECOND_ADMIN = new Caller(Platform.SLACK, "U900", "bob", Set.of(), "C-OPS");
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    private static final Caller TRADER_ON_SLACK = new Caller(Platform.SLACK, "U200", "tom", Set.of(), "C-OPS");

    private TestCore core;

    @AfterEach
    void tearDown() {
        if (core != null) {
            core.close();
        }
    }

    /** flatten: LEAN's LiquidateCommand, confirmed; risk-off: a plain payload, sent at once; buy: typed arguments. */
    static AlgorithmCommands declared() {
        Map<String, DeclaredCommand> byName = new LinkedHashMap<>();
        byName.put("flatten", new DeclaredCommand("flatten", Optional.of("LiquidateCommand"), Map.of(),
                Permission.LIQUIDATE, true, Map.of("symbol", new Argument(ArgumentType.STRING, false))));
        byName.put("risk-off", new DeclaredCommand("risk-off", Optional.empty(), Map.of("mode", "defensive"),
                Permission.STOP, false, Map.of()));
        Map<String, Argument> order = new LinkedHashMap<>();
        order.put("ticker", new Argument(ArgumentType.STRING, true));
        order.put("quantity", new Argument(ArgumentType.NUMBER, true));
        byName.put("buy", new DeclaredCommand("buy", Optional.of("OrderCommand"), Map.of("orderType", "market"),
                Permission.LIQUIDATE, true, order));
        return new AlgorithmCommands(byName);
    }

    /** alice and bob administer, tom trades on Discord and on Slack (one person). */
    private static TestCore.Builder team() {
        return TestCore.builder().consoleAdmin().commands(declared()).user(Platform.SLACK, "U900", "admin")
                .user(Platform.DISCORD, "200", "trader").user(Platform.SLACK, "U200", "trader")
                .person(Platform.DISCORD, "200", "tom").person(Platform.SLACK, "U200", "tom");
    }

    private CommandGateway start(TestCore.Builder builder) {
        core = builder.build();
        return core.gateway();
    }

    private List<SandboxCommand> received() {
        return core.sandbox().commands();
    }

    @Test
    void flattenIsSentExactlyOnceAndTheDeploymentKeepsRunningWithNoHoldings() {
        CommandGateway gateway = start(team());
        assertThat(core.client().live().portfolio(MOMENTUM).openHoldings()).isNotEmpty();

        Reply preview = gateway.handle(TRADER, "command momentum flatten");
        assertThat(received()).isEmpty();
        Reply result = gateway.handle(TRADER, "confirm " + confirmCode(preview));
        Reply again = gateway.handle(TRADER, "confirm " + confirmCode(preview));
        Reply fromSlack = gateway.handle(TRADER_ON_SLACK, "confirm " + confirmCode(preview));
        Reply fromAnotherProcess = core.newGateway().handle(TRADER_ON_SLACK, "confirm " + confirmCode(preview));

        assertThat(preview.title()).isEqualTo("Send flatten to Live/Momentum?");
        assertThat(preview.fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("$type=LiquidateCommand"));
        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(result.title()).isEqualTo("Command sent: Live/Momentum");
        assertThat(result.text()).contains("Accepted for delivery is not executed");
        assertThat(List.of(again, fromSlack, fromAnotherProcess))
                .allSatisfy(r -> assertThat(r.title()).isEqualTo("command Live/Momentum: done"));
        assertThat(received()).singleElement().satisfies(command -> {
            assertThat(command.projectId()).isEqualTo(MOMENTUM);
            assertThat(command.command()).isEqualTo("{\"$type\":\"LiquidateCommand\"}");
            assertThat(command.delivered()).isTrue();
        });
        assertThat(core.client().live().portfolio(MOMENTUM).openHoldings()).isEmpty();
        assertThat(core.client().live().read(MOMENTUM).status()).isEqualTo(LiveStatus.RUNNING);
    }

    @Test
    void aPlainPayloadIsSentAtOnceAndShowsInTheAlgorithmsLogs() {
        CommandGateway gateway = start(team());

        Reply result = gateway.handle(TRADER, "command momentum risk-off");
        List<AuditEntry> audited = core.stores().auditLog().recent(Optional.of((long) MOMENTUM), 1);

        assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(result.text()).startsWith("QuantConnect accepted risk-off. Accepted for delivery is not executed:")
                .contains("Running when sent");
        assertThat(received()).singleElement()
                .satisfies(command -> assertThat(command.command()).isEqualTo("{\"mode\":\"defensive\"}"));
        assertThat(gateway.handle(TRADER, "logs momentum 5").text())
                .contains("on_command received: {\"mode\":\"defensive\"}");
        assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.step()).isEqualTo(AuditStep.EXECUTED));
    }

    @Test
    void anUndeclaredCommandIsRefusedWithTheListBeforeAnythingIsSent() {
        CommandGateway gateway = start(team());

        Reply refused = gateway.handle(TRADER, "command momentum nuke");

        assertThat(refused.text()).isEqualTo("There is no command 'nuke'; the config declares: flatten, risk-off, buy.");
        assertThat(received()).isEmpty();
        verify(core.live(), never()).read(anyLong());
    }

    @Test
    void anUndeclaredMissingOrMistypedArgumentIsRefusedBeforeAnythingIsSent() {
        CommandGateway gateway = start(team());

        Reply undeclared = gateway.handle(TRADER, "command momentum flatten size=3");
        Reply missing = gateway.handle(TRADER, "command momentum buy ticker=SPY");
        Reply mistyped = gateway.handle(TRADER, "command momentum buy ticker=SPY quantity=lots");

        assertThat(undeclared.text())
                .isEqualTo("flatten takes no argument 'size'; it takes symbol (string, optional).");
        assertThat(missing.text()).isEqualTo("buy needs quantity=<number>; it takes ticker (string), quantity (number).");
        assertThat(mistyped.text()).isEqualTo("quantity takes a number, not 'lots'.");
        assertThat(received()).isEmpty();
        verify(core.live(), never()).read(anyLong());
    }

    @Test
    void typedArgumentsAreSentAsTheirJsonTypes() {
        CommandGateway gateway = start(team());

        Reply preview = gateway.handle(TRADER, "command momentum buy ticker=SPY quantity=2.5");
        gateway.handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(received()).singleElement().satisfies(command -> assertThat(command.command()).isEqualTo(
                "{\"$type\":\"OrderCommand\",\"orderType\":\"market\",\"ticker\":\"SPY\",\"quantity\":2.5}"));
    }

    @Test
    void aCommandForADeploymentThatIsNotRunningIsNotSentAndSaysWhy() {
        CommandGateway gateway = start(team());

        Reply refused = gateway.handle(TRADER, "command crypto risk-off");

        assertThat(refused.text()).matches("Live/CryptoBasis is Stopped, not Running \\(deploy L-[0-9a-f]+\\): a "
                + "command sent now would never reach the algorithm, so nothing was sent\\.");
        assertThat(received()).isEmpty();
        assertThat(core.client().live().read(CRYPTO_BASIS).status()).isEqualTo(LiveStatus.STOPPED);
    }

    @Test
    void aConfirmedCommandWhoseDeploymentStoppedMeanwhileIsNotSent() {
        CommandGateway gateway = start(team());
        Reply preview = gateway.handle(TRADER, "command momentum flatten symbol=SPY");
        core.client().live().stop(MOMENTUM);

        Reply result = gateway.handle(TRADER, "confirm " + confirmCode(preview));

        assertThat(result.title()).isEqualTo("Not sent: command Live/Momentum");
        assertThat(result.text()).contains("is Stopped, not Running").contains("nothing was sent");
        assertThat(received()).isEmpty();
    }

    @Test
    void aConfirmedCommandCutOffWhileSendingIsNeverSentAgain() {
        CommandGateway gateway = start(team());
        String code = confirmCode(gateway.handle(TRADER, "command momentum flatten"));
        core.stores().pendingActions().transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");
        core.stores().pendingActions().transition(code, ActionState.READY, ActionState.EXECUTING, "");
        core.restart();

        List<RecoveredAction> recovered = core.gateway().recoverPendingActions();

        assertThat(recovered).singleElement().satisfies(r -> {
            assertThat(r.reply().title()).isEqualTo("Outcome unknown: command Live/Momentum");
            assertThat(r.reply().text()).contains("it was not sent again");
        });
        assertThat(received()).isEmpty();
    }

    @Test
    void aConfirmedCommandFoundReadyAfterARestartIsSentOnceWithWhatWasConfirmed() {
        CommandGateway gateway = start(team());
        String code = confirmCode(gateway.handle(TRADER, "command momentum flatten symbol=NVDA"));
        core.stores().pendingActions().transition(code, ActionState.AWAITING_CONFIRMATION, ActionState.READY, "");
        core.restart();

        core.gateway().recoverPendingActions();
        core.newGateway().recoverPendingActions();

        assertThat(received()).singleElement().satisfies(command -> assertThat(command.command())
                .isEqualTo("{\"$type\":\"LiquidateCommand\",\"symbol\":\"NVDA\"}"));
        assertThat(core.client().live().portfolio(MOMENTUM).openHoldings())
                .noneSatisfy(h -> assertThat(h.ticker()).isEqualTo("NVDA")).isNotEmpty();
    }

    @Test
    void aBroadcastPreviewsTheRunningDeploymentsAndReachesEachOnce() {
        CommandGateway gateway = start(team());

        Reply preview = gateway.handle(ADMIN, "broadcast risk-off");
        gateway.handle(ADMIN, "confirm " + confirmCode(preview));
        Reply again = gateway.handle(ADMIN, "confirm " + confirmCode(preview));

        assertThat(preview.title()).isEqualTo("Broadcast risk-off to 2 running deployments?");
        assertThat(preview.table()).hasValueSatisfying(table -> assertThat(table.rows())
                .extracting(row -> row.get(0)).containsExactlyInAnyOrder("Live/Momentum", "Live/MeanReversion"));
        assertThat(again.title()).isEqualTo("broadcast every running deployment: done");
        assertThat(received()).extracting(SandboxCommand::projectId)
                .containsExactlyInAnyOrder(MOMENTUM, MEAN_REVERSION);
        assertThat(received()).allSatisfy(command -> assertThat(command.broadcast()).isTrue());
    }

    @Test
    void aBroadcastListedForApprovalWaitsForASecondAdmin() {
        CommandGateway gateway = start(team().requireApproval(CommandName.BROADCAST));

        Reply preview = gateway.handle(ADMIN, "broadcast risk-off");
        Reply confirmed = gateway.handle(ADMIN, "confirm " + confirmCode(preview));
        Reply selfApproved = gateway.handle(ADMIN, "approve " + confirmCode(preview));
        Reply byTrader = gateway.handle(TRADER, "approve " + confirmCode(preview));
        assertThat(received()).isEmpty();
        Reply approved = gateway.handle(SECOND_ADMIN, "approve " + confirmCode(preview));

        assertThat(confirmed.title()).isEqualTo("Waiting for approval: broadcast every running deployment");
        assertThat(selfApproved.text()).isEqualTo("You requested this broadcast; a second person must approve it.");
        assertThat(byTrader.text()).isEqualTo("You cannot approve this: Your roles (trader) do not allow /live "
                + "broadcast.");
        assertThat(approved.title()).isEqualTo("Broadcast sent: every running deployment");
        assertThat(received()).hasSize(2);
    }

    @Test
    void approvingABroadcastTakesWhatRequestingItTakes() {
        Caller announcer = new Caller(Platform.SLACK, "U300", "ann", Set.of(), "C-OPS");
        CommandGateway gateway = start(team().requireApproval(CommandName.BROADCAST)
                .role("announcer", Set.of(Permission.BROADCAST)).user(Platform.SLACK, "U300", "announcer"));

        Reply preview = gateway.handle(ADMIN, "broadcast risk-off");
        gateway.handle(ADMIN, "confirm " + confirmCode(preview));
        Reply byAnnouncer = gateway.handle(announcer, "approve " + confirmCode(preview));

        assertThat(byAnnouncer.text()).isEqualTo("You cannot approve this: A broadcast reaches every project, so it "
                + "needs /live broadcast and /live stop on every project.");
        assertThat(received()).isEmpty();
    }

    @Test
    void onlyAnAdminMayBroadcast() {
        CommandGateway gateway = start(team());

        Reply refused = gateway.handle(TRADER, "broadcast risk-off");
        Reply undeclared = gateway.handle(ADMIN, "broadcast nuke");

        assertThat(refused.text()).isEqualTo("Your roles (trader) do not allow /live broadcast.");
        assertThat(undeclared.text()).isEqualTo("There is no command 'nuke'; the config declares: flatten, risk-off, buy.");
        assertThat(received()).isEmpty();
    }

    @Test
    void aCommandNeedsTheDeclaredPermissionOnTheProject() {
        CommandGateway gateway = start(team().role("crypto-desk", Set.of(Permission.STOP, Permission.READ),
                "Live/Crypto*").user(Platform.SLACK, "U500", "crypto-desk"));
        Caller cryptoDesk = new Caller(Platform.SLACK, "U500", "cara", Set.of(), "C-OPS");

        Reply refused = gateway.handle(cryptoDesk, "command \"Live/Crypto\" flatten");

        assertThat(refused.text()).isEqualTo("Your roles (crypto-desk) do not allow /live liquidate.");
        assertThat(received()).isEmpty();
    }
}
