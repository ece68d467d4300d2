package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.FLEET_FIRST_ID;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Platform;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.Subscription;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The watcher end to end: sandbox on a test clock, real store, one recording poster per platform. */
class StatusWatcherTest {
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final String CRASH = "ZeroDivisionError: division by zero at on_data in main.py: line 87";

    /** Discord #alerts hears errors (with @here), Slack C-ALL everything, Discord #stops only stops. */
    private static final List<ConfiguredSubscription> SUBSCRIPTIONS = List.of(
            new ConfiguredSubscription(new ChannelKey(Platform.DISCORD, "alerts"), Set.of(LiveStatus.RUNTIME_ERROR),
                    "*", Map.of(Severity.ERROR, List.of(Mention.here()))),
            new ConfiguredSubscription(new ChannelKey(Platform.SLACK, "C-ALL"), Set.of(), "*", Map.of()),
            new ConfiguredSubscription(new ChannelKey(Platform.DISCORD, "stops"), Set.of(LiveStatus.STOPPED), "*",
                    Map.of()),
            new ConfiguredSubscription(new ChannelKey(Platform.SLACK, "C-CRYPTO"), Set.of(), "Live/Crypto*",
                    Map.of()));

    @TempDir
    Path folder;
    private WatcherHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private WatcherHarness start(WatcherSettings settings) {
        return start(settings, 0);
    }

    private WatcherHarness start(WatcherSettings settings, int fleet) {
        harness = new WatcherHarness(folder, settings, fleet);
        return harness;
    }

    private static WatcherSettings settings() {
        return new WatcherSettings(POLL, false, Duration.ofMinutes(2), Optional.empty(), Duration.ofSeconds(5),
                Duration.ofMinutes(5), Map.of(), SUBSCRIPTIONS);
    }

    @Test
    void theFirstPollIsABaselineNotAFlood() {
        WatcherHarness h = start(settings());

        h.service.step();
        h.stepAfter(POLL);

        assertThat(h.discord.total() + h.slack.total()).isZero();
        verify(h.live, times(2)).list(Optional.empty());
    }

    @Test
    void theFirstPollAnnouncesExistingDeploymentsWhenConfiguredTo() {
        WatcherSettings announce = new WatcherSettings(POLL, true, Duration.ofMinutes(2), Optional.empty(),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Map.of(), SUBSCRIPTIONS);
        WatcherHarness h = start(announce);

        h.service.step();

        assertThat(h.slack.in("C-ALL")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("3 deployments changed status");
            assertThat(reply.table().orElseThrow().rows()).extracting(row -> row.get(0))
                    .contains("Live/Momentum", "Live/MeanReversion", "Live/CryptoBasis");
        });
    }

    @Test
    void aRuntimeErrorIsNotifiedOnceToEachMatchingChannelOnEachPlatformWithItsErrorText() {
        WatcherHarness h = start(settings());
        h.service.step();

        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        h.stepAfter(POLL);
        h.stepAfter(POLL);

        assertThat(h.discord.in("alerts")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is RuntimeError");
            assertThat(reply.text()).isEqualTo("Live/Momentum went from Running to RuntimeError.");
            assertThat(reply.fields()).anySatisfy(f -> assertThat(f.value()).contains(CRASH));
            assertThat(reply.status()).contains(LiveStatus.RUNTIME_ERROR);
            assertThat(reply.severity()).isEqualTo(Severity.ERROR);
            assertThat(reply.mentions()).containsExactly(Mention.here());
        });
        assertThat(h.slack.in("C-ALL")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is RuntimeError");
            assertThat(reply.mentions()).isEmpty();
        });
        assertThat(h.discord.in("stops")).isEmpty();
        assertThat(h.slack.in("C-CRYPTO")).isEmpty();
        verify(h.live, times(4)).list(Optional.empty());
    }

    @Test
    void aRestartAfterACrashBetweenPollAndPostSendsWhatWasNotSentAndNothingTwice() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.clock.advance(POLL);
        h.watcher.poll();
        // The process dies here: the change and its messages are stored, nothing was posted.
        assertThat(h.discord.total() + h.slack.total()).isZero();

        h.restart();
        h.stepAfter(Duration.ofSeconds(1));
        h.restart();
        h.stepAfter(POLL);

        assertThat(h.discord.in("alerts")).hasSize(1);
        assertThat(h.slack.in("C-ALL")).hasSize(1);
        assertThat(h.discord.total() + h.slack.total()).isEqualTo(2);
    }

    @Test
    void aDeploymentThatRecoversByItselfIsAnnouncedAsRecoveredToThoseWhoHeardTheAlarm() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        h.sandbox.faults().autoRestart(MOMENTUM);
        h.stepAfter(POLL);

        assertThat(h.discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
        assertThat(h.slack.in("C-ALL")).hasSize(2);
        assertThat(h.discord.in("alerts").get(1).severity()).isEqualTo(Severity.SUCCESS);
    }

    @Test
    void fiftySimultaneousChangesGoAsOneMessagePerChannel() {
        WatcherHarness h = start(settings(), 50);
        h.service.step();

        for (int i = 0; i < 50; i++) {
            h.sandbox.faults().runtimeError(FLEET_FIRST_ID + i, "Broker disconnected " + i);
        }
        h.stepAfter(POLL);

        for (String channel : List.of("alerts")) {
            assertThat(h.discord.in(channel)).singleElement().satisfies(reply -> {
                assertThat(reply.title()).isEqualTo("50 deployments changed status");
                assertThat(reply.text()).isEqualTo("50 RuntimeError.");
                assertThat(reply.table().orElseThrow().rows()).hasSize(NotificationComposer.MAX_GROUPED_ROWS);
                assertThat(reply.table().orElseThrow().summary()).startsWith("10 more not shown");
                assertThat(reply.mentions()).containsExactly(Mention.here());
            });
        }
        assertThat(h.slack.in("C-ALL")).hasSize(1);
        assertThat(h.slack.in("C-CRYPTO")).isEmpty();
    }

    @Test
    void anOutageIsAlertedOnceAfterTheThresholdAndItsEndOnce() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.sandbox.faults().failNextCalls(10_000, 503, "live/list");

        for (int i = 0; i < 20; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        assertThat(h.slack.in("C-ALL")).isEmpty();
        for (int i = 0; i < 60; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        h.sandbox.faults().clear();
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        for (int i = 0; i < 80; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(h.slack.in("C-ALL")).extracting(Reply::title).containsExactly("Cannot reach QuantConnect",
                "QuantConnect reachable again", "Live/Momentum is RuntimeError");
        assertThat(h.discord.in("alerts")).extracting(Reply::title).containsExactly("Cannot reach QuantConnect",
                "QuantConnect reachable again", "Live/Momentum is RuntimeError");
        assertThat(h.slack.in("C-ALL").get(0).text()).startsWith("LiveOps cannot reach QuantConnect since "
                + "2026-11-20 14:30 UTC");
    }

    @Test
    void pollsBackOffWhileQuantConnectFails() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.sandbox.faults().failNextCalls(10_000, 503, "live/list");
        clearInvocations(h.live);

        for (int i = 0; i < 120; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        // Ten minutes at a 30 s interval would be 20 polls; doubling the wait after each failure leaves 4,
        // at 30, 90, 210 and 450 s (the next would be at 750 s: the wait stops growing at 5 minutes).
        verify(h.live, times(4)).list(Optional.empty());
    }

    @Test
    void aStopFromChatIsFollowedToItsOutcomeInTheChannelItCameFrom() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());

        String code = code(gateway.handle(WatcherHarness.TRADER, "stop momentum"));
        gateway.handle(WatcherHarness.TRADER, "confirm " + code);
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        assertThat(h.discord.in("ops-discord")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped");
            assertThat(reply.text()).isEqualTo("Live/Momentum is Stopped (requested by tom (discord:200)).");
        });
        assertThat(h.discord.in("stops")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped"));
        assertThat(h.slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void aDeployIsFollowedUntilItRuns() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());

        String code = code(gateway.handle(WatcherHarness.ADMIN, "deploy pairs --node \"Spare Live\""));
        gateway.handle(WatcherHarness.ADMIN, "confirm " + code);
        for (int i = 0; i < 4; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(h.discord.in("ops-discord")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Research/PairsTrading is Running");
            assertThat(reply.text()).isEqualTo("Research/PairsTrading is Running (requested by ada (discord:100)).");
        });
        assertThat(h.slack.in("C-ALL")).extracting(Reply::title).last()
                .isEqualTo("New deployment: Research/PairsTrading is Running");
    }

    @Test
    void anApprovedLiquidationNamesBothPeopleAndReachesBothChannelsOnce() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(new ActionRules(ActionRules.DEFAULT_CONFIRMATION_TTL,
                ActionRules.DEFAULT_APPROVAL_TTL, Set.of(dev.liveops.command.CommandName.LIQUIDATE),
                ActionRules.paperTrading().brokerages(), Optional.of("paper")));
        h.stores.subscriptions().save(new Subscription(Platform.SLACK, "C-OPS", Set.of(), "*",
                WatcherHarness.APPROVER, h.clock.instant()));

        String code = code(gateway.handle(WatcherHarness.TRADER, "liquidate momentum"));
        gateway.handle(WatcherHarness.TRADER, "confirm " + code);
        gateway.handle(WatcherHarness.APPROVER, "approve " + code);
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        String outcome = "Live/Momentum is Liquidated (requested by tom (discord:200), approved by sara (slack:U400)).";
        assertThat(h.discord.in("ops-discord")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(outcome));
        assertThat(h.slack.in("C-OPS")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(outcome));
    }

    @Test
    void aChatSubscriptionHearsOnlyWhatItsSubscriberMaySee() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.stores.subscriptions().save(new Subscription(Platform.SLACK, "C-CRYPTO-DESK", Set.of(), "*",
                WatcherHarness.CRYPTO_VIEWER, h.clock.instant()));

        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        assertThat(h.slack.in("C-CRYPTO-DESK")).isEmpty();
        assertThat(h.slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void aSnoozedProjectStaysQuietWhileOthersAreStillHeard() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());
        Reply snoozed = gateway.handle(WatcherHarness.TRADER, "snooze momentum 2h");
        assertThat(snoozed.title()).isEqualTo("Snoozed: Live/Momentum");

        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.sandbox.faults().runtimeError(MEAN_REVERSION, "Broker disconnected");
        h.stepAfter(POLL);

        assertThat(h.discord.in("alerts")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/MeanReversion is RuntimeError"));
    }

    @Test
    void remindersRepeatWhileADeploymentStaysInErrorWhenConfigured() {
        WatcherSettings remind = new WatcherSettings(POLL, false, Duration.ofMinutes(2),
                Optional.of(Duration.ofHours(1)), Duration.ofSeconds(5), Duration.ofMinutes(5), Map.of(),
                SUBSCRIPTIONS);
        WatcherHarness h = start(remind);
        h.service.step();
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        h.stepAfter(Duration.ofMinutes(30));
        h.stepAfter(Duration.ofMinutes(31));

        assertThat(h.discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Still RuntimeError: Live/Momentum");
    }

    @Test
    void aChannelThatRefusesIsRetriedLaterWithoutHoldingUpOthers() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.discord.fail("alerts", new PostResult.Refused("Missing Access"));

        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        assertThat(h.slack.in("C-ALL")).hasSize(1);
        assertThat(h.discord.in("alerts")).isEmpty();

        h.discord.heal("alerts");
        h.stepAfter(Duration.ofMinutes(5));
        assertThat(h.discord.in("alerts")).isEmpty();
        h.stepAfter(Duration.ofMinutes(6));
        assertThat(h.discord.in("alerts")).hasSize(1);
        assertThat(h.slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void aFirstStartDuringAnOutageStillTakesASilentBaselineOnceQuantConnectAnswers() {
        WatcherHarness h = start(settings());
        h.sandbox.faults().failNextCalls(3, 503, "live/list");

        h.service.step();
        for (int i = 0; i < 40; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(h.slack.in("C-ALL")).extracting(Reply::title).doesNotContain("3 deployments changed status")
                .allSatisfy(title -> assertThat(title).contains("QuantConnect"));
    }

    @Test
    void aChannelHearsItsMessagesInOrderEvenWhenTheFirstHadToWait() {
        WatcherHarness h = start(settings());
        h.service.step();
        h.discord.fail("alerts", new PostResult.Failed("timeout"));
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        h.discord.heal("alerts");

        h.sandbox.faults().autoRestart(MOMENTUM);
        h.stepAfter(POLL);

        assertThat(h.discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
    }

    @Test
    void changesKeepTheirProjectNamesWhenTheProjectListCannotBeRefreshed() {
        WatcherSettings live = new WatcherSettings(POLL, false, Duration.ofMinutes(2), Optional.empty(),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Map.of(), List.of(new ConfiguredSubscription(
                new ChannelKey(Platform.SLACK, "C-LIVE"), Set.of(), "Live/*", Map.of())));
        WatcherHarness h = start(live);
        h.service.step();
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        h.sandbox.faults().autoRestart(MOMENTUM);
        h.clock.advance(Duration.ofMinutes(3));
        h.sandbox.faults().failNextCalls(10_000, 503, "projects/read");

        h.stepAfter(POLL);

        assertThat(h.slack.in("C-LIVE")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
    }

    @Test
    void aDeployWhoseAnswerWasLostIsNotSettledByTheOldDeployment() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());
        String code = code(gateway.handle(WatcherHarness.ADMIN, "deploy cryptobasis"));
        h.sandbox.faults().failNextCalls(1, 503, "live/create");

        Reply sent = gateway.handle(WatcherHarness.ADMIN, "confirm " + code);
        assertThat(sent.title()).startsWith("Outcome unknown");
        for (int i = 0; i < 4; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        assertThat(h.discord.in("ops-discord")).isEmpty();
        for (int i = 0; i < 60; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(h.discord.in("ops-discord")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/CryptoBasis is still Stopped"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop", "liquidate"})
    void anActionWhoseAnswerWasLostIsNotCreditedWithTheLaterStopThatWorked(String lostAction) {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());
        String lost = code(gateway.handle(WatcherHarness.TRADER, lostAction + " momentum"));
        h.sandbox.faults().failNextCalls(1, 503, "live/update/" + lostAction);
        assertThat(gateway.handle(WatcherHarness.TRADER, "confirm " + lost).title()).startsWith("Outcome unknown");
        h.stepAfter(Duration.ofSeconds(5));

        String worked = code(gateway.handle(WatcherHarness.ADMIN, "stop momentum"));
        assertThat(gateway.handle(WatcherHarness.ADMIN, "confirm " + worked).title()).startsWith("Stop sent");
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        List<Reply> told = h.discord.in("ops-discord");
        assertThat(told).hasSize(2);
        assertThat(told).filteredOn(reply -> reply.title().equals("Live/Momentum is Stopped")).singleElement()
                .satisfies(reply -> {
                    assertThat(reply.text()).isEqualTo("Live/Momentum is Stopped (requested by ada (discord:100)).");
                    assertThat(reply.fields()).contains(new Reply.Field("Action", "stop " + worked, true));
                });
        assertThat(told).filteredOn(reply -> !reply.title().equals("Live/Momentum is Stopped")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(
                        Character.toUpperCase(lostAction.charAt(0)) + lostAction.substring(1) + " " + lost
                        + " never took effect: "
                        + "QuantConnect still showed Live/Momentum as Running until stop " + worked + " stopped it. "
                        + "It was requested by tom (discord:200)."));
        assertThat(h.slack.in("C-ALL")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped"));
    }

    @Test
    void aProjectStillFailingWhenItsSnoozeEndsIsAnnouncedAgain() {
        WatcherHarness h = start(settings());
        h.service.step();
        CommandGateway gateway = h.gateway(ActionRules.paperTrading());
        gateway.handle(WatcherHarness.TRADER, "snooze momentum 30m");
        h.sandbox.faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        assertThat(h.discord.in("alerts")).isEmpty();

        h.stepAfter(Duration.ofMinutes(31));

        assertThat(h.discord.in("alerts")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Still RuntimeError: Live/Momentum"));
    }

    private static String code(Reply reply) {
        return reply.buttons().stream().filter(b -> b.command().startsWith("confirm ")).findFirst()
                .map(b -> b.command().substring("confirm ".length()))
                .orElseThrow(() -> new AssertionError("no Confirm button in " + reply));
    }
}
