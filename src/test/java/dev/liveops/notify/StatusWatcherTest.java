package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.FLEET_FIRST_ID;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.Replies.confirmCode;
import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.app.CoreObservers;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandObserver;
import dev.liveops.quantconnect.CallObserver;
import dev.liveops.command.CommandName;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.Subscription;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.testing.TestCore;
import dev.liveops.testing.WatcherSettingsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "ops-discord");
    private static final Caller ADMIN = new Caller(Platform.DISCORD, "100", "ada", Set.of(), "ops-discord");
    private static final Caller APPROVER = new Caller(Platform.SLACK, "U400", "sara", Set.of(), "C-OPS");
    private static final Caller CRYPTO_VIEWER = new Caller(Platform.SLACK, "U500", "cleo", Set.of(), "C-CRYPTO");

    private final RecordingPoster discord = new RecordingPoster(Platform.DISCORD);
    private final RecordingPoster slack = new RecordingPoster(Platform.SLACK);
    private TestCore core;

    @AfterEach
    void close() {
        if (core != null) {
            core.close();
        }
    }

    private TestCore start(WatcherSettingsBuilder settings) {
        return start(watching(settings));
    }

    private TestCore start(TestCore.Builder builder) {
        core = builder.build();
        return core;
    }

    /** tom trades and ada administers on Discord; on Slack sara trades and cleo sees only Live/Crypto*. */
    private TestCore.Builder watching(WatcherSettingsBuilder settings) {
        return TestCore.builder().role("crypto-viewer", RoleCatalog.VIEWER, "Live/Crypto*")
                .user(Platform.DISCORD, "200", "trader").user(Platform.DISCORD, "100", "admin")
                .user(Platform.SLACK, "U400", "trader").user(Platform.SLACK, "U500", "crypto-viewer")
                .watcher(settings.build()).poster(discord).poster(slack);
    }

    private static WatcherSettingsBuilder settings() {
        return watcherSettings().pollInterval(POLL).subscriptions(SUBSCRIPTIONS);
    }

    @Test
    void theFirstPollIsABaselineNotAFlood() {
        TestCore h = start(settings());

        h.notifications().step();
        h.stepAfter(POLL);

        assertThat(discord.total() + slack.total()).isZero();
        verify(h.live(), times(2)).list(Optional.empty());
    }

    @Test
    void theFirstPollAnnouncesExistingDeploymentsWhenConfiguredTo() {
        TestCore h = start(settings().announceExisting());

        h.notifications().step();

        assertThat(slack.in("C-ALL")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("3 deployments changed status");
            assertThat(reply.table().orElseThrow().rows()).extracting(row -> row.get(0))
                    .contains("Live/Momentum", "Live/MeanReversion", "Live/CryptoBasis");
        });
    }

    @Test
    void aRuntimeErrorIsNotifiedOnceToEachMatchingChannelOnEachPlatformWithItsErrorText() {
        TestCore h = start(settings());
        h.notifications().step();

        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        h.stepAfter(POLL);
        h.stepAfter(POLL);

        assertThat(discord.in("alerts")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is RuntimeError");
            assertThat(reply.text()).isEqualTo("Live/Momentum went from Running to RuntimeError.");
            assertThat(reply.fields()).anySatisfy(f -> assertThat(f.value()).contains(CRASH));
            assertThat(reply.severity()).isEqualTo(Severity.ERROR);
            assertThat(reply.mentions()).containsExactly(Mention.here());
        });
        assertThat(slack.in("C-ALL")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is RuntimeError");
            assertThat(reply.mentions()).isEmpty();
        });
        assertThat(discord.in("stops")).isEmpty();
        assertThat(slack.in("C-CRYPTO")).isEmpty();
        verify(h.live(), times(4)).list(Optional.empty());
    }

    @Test
    void aRestartAfterACrashBetweenPollAndPostSendsWhatWasNotSentAndNothingTwice() {
        TestCore h = start(settings());
        h.notifications().step();
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.clock().advance(POLL);
        h.watcher().poll();
        // The process dies here: the change and its messages are stored, nothing was posted.
        assertThat(discord.total() + slack.total()).isZero();

        h.restart();
        h.stepAfter(Duration.ofSeconds(1));
        h.restart();
        h.stepAfter(POLL);

        assertThat(discord.in("alerts")).hasSize(1);
        assertThat(slack.in("C-ALL")).hasSize(1);
        assertThat(discord.total() + slack.total()).isEqualTo(2);
    }

    @Test
    void aDeploymentThatRecoversByItselfIsAnnouncedAsRecoveredToThoseWhoHeardTheAlarm() {
        TestCore h = start(settings());
        h.notifications().step();
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        h.sandbox().faults().autoRestart(MOMENTUM);
        h.stepAfter(POLL);

        assertThat(discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
        assertThat(slack.in("C-ALL")).hasSize(2);
        assertThat(discord.in("alerts").get(1).severity()).isEqualTo(Severity.SUCCESS);
    }

    @Test
    void fiftySimultaneousChangesGoAsOneMessagePerChannel() {
        TestCore h = start(watching(settings()).fleet(50));
        h.notifications().step();

        for (int i = 0; i < 50; i++) {
            h.sandbox().faults().runtimeError(FLEET_FIRST_ID + i, "Broker disconnected " + i);
        }
        h.stepAfter(POLL);

        for (String channel : List.of("alerts")) {
            assertThat(discord.in(channel)).singleElement().satisfies(reply -> {
                assertThat(reply.title()).isEqualTo("50 deployments changed status");
                assertThat(reply.text()).isEqualTo("50 RuntimeError.");
                assertThat(reply.table().orElseThrow().rows()).hasSize(NotificationComposer.MAX_GROUPED_ROWS);
                assertThat(reply.table().orElseThrow().summary()).startsWith("10 more not shown");
                assertThat(reply.mentions()).containsExactly(Mention.here());
            });
        }
        assertThat(slack.in("C-ALL")).hasSize(1);
        assertThat(slack.in("C-CRYPTO")).isEmpty();
    }

    @Test
    void anOutageIsAlertedOnceAfterTheThresholdAndItsEndOnce() {
        TestCore h = start(settings());
        h.notifications().step();
        h.sandbox().faults().failNextCalls(10_000, 503, "live/list");

        for (int i = 0; i < 20; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        assertThat(slack.in("C-ALL")).isEmpty();
        for (int i = 0; i < 60; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        h.sandbox().faults().clear();
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        for (int i = 0; i < 80; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(slack.in("C-ALL")).extracting(Reply::title).containsExactly("Cannot reach QuantConnect",
                "QuantConnect reachable again", "Live/Momentum is RuntimeError");
        assertThat(discord.in("alerts")).extracting(Reply::title).containsExactly("Cannot reach QuantConnect",
                "QuantConnect reachable again", "Live/Momentum is RuntimeError");
        assertThat(slack.in("C-ALL").get(0).text()).startsWith("LiveOps cannot reach QuantConnect since "
                + "2026-11-20 14:30 UTC");
    }

    @Test
    void pollsBackOffWhileQuantConnectFails() {
        TestCore h = start(settings());
        h.notifications().step();
        h.sandbox().faults().failNextCalls(10_000, 503, "live/list");
        clearInvocations(h.live());

        for (int i = 0; i < 120; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        // Ten minutes at a 30 s interval would be 20 polls; doubling the wait after each failure leaves 4,
        // at 30, 90, 210 and 450 s (the next would be at 750 s: the wait stops growing at 5 minutes).
        verify(h.live(), times(4)).list(Optional.empty());
    }

    @Test
    void aStopFromChatIsFollowedToItsOutcomeInTheChannelItCameFrom() {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();

        String code = confirmCode(gateway.handle(TRADER, "stop momentum"));
        gateway.handle(TRADER, "confirm " + code);
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        assertThat(discord.in("ops-discord")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped");
            assertThat(reply.text()).isEqualTo("Live/Momentum is Stopped (requested by tom (discord:200)).");
        });
        assertThat(discord.in("stops")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped"));
        assertThat(slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void whatBecameOfEachNotificationIsToldToTheObserverWithTheOutcomeHeardOnceCountedAsDeduplicated() {
        List<String> deliveries = new CopyOnWriteArrayList<>();
        NotificationObserver recording = new NotificationObserver() {
            @Override
            public void delivery(Platform platform, Delivery delivery) {
                deliveries.add(platform + " " + delivery);
            }
        };
        TestCore h = start(watching(settings()).requireApproval(CommandName.LIQUIDATE)
                .observers(new CoreObservers(CallObserver.NONE, CommandObserver.NONE, recording)));
        h.notifications().step();
        h.stores().subscriptions().save(new Subscription(Platform.SLACK, "C-OPS", Set.of(), "*",
                APPROVER, h.clock().instant()));

        String code = confirmCode(h.gateway().handle(TRADER, "liquidate momentum"));
        h.gateway().handle(TRADER, "confirm " + code);
        h.gateway().handle(APPROVER, "approve " + code);
        h.stepAfter(Duration.ofSeconds(5));

        // Discord #ops-discord and Slack C-OPS hear the outcome; C-ALL hears the change; C-OPS is not told it twice.
        assertThat(deliveries).containsExactlyInAnyOrder("DISCORD SENT", "SLACK SENT", "SLACK SENT",
                "SLACK DEDUPLICATED");
    }

    @Test
    void aDeployIsFollowedUntilItRuns() {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();

        String code = confirmCode(gateway.handle(ADMIN, "deploy pairs --node \"Spare Live\""));
        gateway.handle(ADMIN, "confirm " + code);
        for (int i = 0; i < 4; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(discord.in("ops-discord")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Research/PairsTrading is Running");
            assertThat(reply.text()).isEqualTo("Research/PairsTrading is Running (requested by ada (discord:100)).");
        });
        assertThat(slack.in("C-ALL")).extracting(Reply::title).last()
                .isEqualTo("New deployment: Research/PairsTrading is Running");
    }

    @Test
    void anApprovedLiquidationNamesBothPeopleAndReachesBothChannelsOnce() {
        TestCore h = start(watching(settings()).requireApproval(CommandName.LIQUIDATE));
        h.notifications().step();
        CommandGateway gateway = h.gateway();
        h.stores().subscriptions().save(new Subscription(Platform.SLACK, "C-OPS", Set.of(), "*",
                APPROVER, h.clock().instant()));

        String code = confirmCode(gateway.handle(TRADER, "liquidate momentum"));
        gateway.handle(TRADER, "confirm " + code);
        gateway.handle(APPROVER, "approve " + code);
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        String outcome = "Live/Momentum is Liquidated (requested by tom (discord:200), approved by sara (slack:U400)).";
        assertThat(discord.in("ops-discord")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(outcome));
        assertThat(slack.in("C-OPS")).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(outcome));
    }

    @Test
    void aChatSubscriptionHearsOnlyWhatItsSubscriberMaySee() {
        TestCore h = start(settings());
        h.notifications().step();
        h.stores().subscriptions().save(new Subscription(Platform.SLACK, "C-CRYPTO-DESK", Set.of(), "*",
                CRYPTO_VIEWER, h.clock().instant()));

        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        assertThat(slack.in("C-CRYPTO-DESK")).isEmpty();
        assertThat(slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void subscriptionsAlikeButForTheirSubscriberHearWhatEachSubscriberMaySee() {
        TestCore h = start(settings());
        h.notifications().step();
        for (String channel : List.of("C-DESK", "C-DESK-2")) {
            h.stores().subscriptions().save(new Subscription(Platform.SLACK, channel, Set.of(), "*", APPROVER,
                    h.clock().instant()));
        }
        for (String channel : List.of("C-CRYPTO-DESK", "C-CRYPTO-DESK-2")) {
            h.stores().subscriptions().save(new Subscription(Platform.SLACK, channel, Set.of(), "*", CRYPTO_VIEWER,
                    h.clock().instant()));
        }

        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        for (String channel : List.of("C-DESK", "C-DESK-2", "C-ALL")) {
            assertThat(slack.in(channel)).as(channel).singleElement()
                    .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/Momentum is RuntimeError"));
        }
        assertThat(slack.in("C-CRYPTO-DESK")).isEmpty();
        assertThat(slack.in("C-CRYPTO-DESK-2")).isEmpty();
    }

    @Test
    void aSnoozedProjectStaysQuietWhileOthersAreStillHeard() {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();
        Reply snoozed = gateway.handle(TRADER, "snooze momentum 2h");
        assertThat(snoozed.title()).isEqualTo("Snoozed: Live/Momentum");

        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.sandbox().faults().runtimeError(MEAN_REVERSION, "Broker disconnected");
        h.stepAfter(POLL);

        assertThat(discord.in("alerts")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/MeanReversion is RuntimeError"));
    }

    @Test
    void remindersRepeatWhileADeploymentStaysInErrorWhenConfigured() {
        TestCore h = start(settings().remindEvery(Duration.ofHours(1)));
        h.notifications().step();
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);

        h.stepAfter(Duration.ofMinutes(30));
        h.stepAfter(Duration.ofMinutes(31));

        assertThat(discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Still RuntimeError: Live/Momentum");
    }

    @Test
    void aChannelThatRefusesIsRetriedLaterWithoutHoldingUpOthers() {
        TestCore h = start(settings());
        h.notifications().step();
        discord.fail("alerts", new PostResult.Refused("Missing Access"));

        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        assertThat(slack.in("C-ALL")).hasSize(1);
        assertThat(discord.in("alerts")).isEmpty();

        discord.heal("alerts");
        h.stepAfter(Duration.ofMinutes(5));
        assertThat(discord.in("alerts")).isEmpty();
        h.stepAfter(Duration.ofMinutes(6));
        assertThat(discord.in("alerts")).hasSize(1);
        assertThat(slack.in("C-ALL")).hasSize(1);
    }

    @Test
    void aFirstStartDuringAnOutageStillTakesASilentBaselineOnceQuantConnectAnswers() {
        TestCore h = start(settings());
        h.sandbox().faults().failNextCalls(3, 503, "live/list");

        h.notifications().step();
        for (int i = 0; i < 40; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(slack.in("C-ALL")).extracting(Reply::title).doesNotContain("3 deployments changed status")
                .allSatisfy(title -> assertThat(title).contains("QuantConnect"));
    }

    @Test
    void aChannelHearsItsMessagesInOrderEvenWhenTheFirstHadToWait() {
        TestCore h = start(settings());
        h.notifications().step();
        discord.fail("alerts", new PostResult.Failed("timeout"));
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        discord.heal("alerts");

        h.sandbox().faults().autoRestart(MOMENTUM);
        h.stepAfter(POLL);

        assertThat(discord.in("alerts")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
    }

    @Test
    void changesKeepTheirProjectNamesWhenTheProjectListCannotBeRefreshed() {
        TestCore h = start(watcherSettings().pollInterval(POLL).subscription(new ConfiguredSubscription(
                new ChannelKey(Platform.SLACK, "C-LIVE"), Set.of(), "Live/*", Map.of())));
        h.notifications().step();
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        h.sandbox().faults().autoRestart(MOMENTUM);
        h.clock().advance(Duration.ofMinutes(3));
        h.sandbox().faults().failNextCalls(10_000, 503, "projects/read");

        h.stepAfter(POLL);

        assertThat(slack.in("C-LIVE")).extracting(Reply::title)
                .containsExactly("Live/Momentum is RuntimeError", "Recovered: Live/Momentum is Running again");
    }

    @Test
    void aDeployWhoseAnswerWasLostIsNotSettledByTheOldDeployment() {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();
        String code = confirmCode(gateway.handle(ADMIN, "deploy cryptobasis"));
        h.sandbox().faults().failNextCalls(1, 503, "live/create");

        Reply sent = gateway.handle(ADMIN, "confirm " + code);
        assertThat(sent.title()).startsWith("Outcome unknown");
        for (int i = 0; i < 4; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }
        assertThat(discord.in("ops-discord")).isEmpty();
        for (int i = 0; i < 60; i++) {
            h.stepAfter(Duration.ofSeconds(5));
        }

        assertThat(discord.in("ops-discord")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/CryptoBasis is still Stopped"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop", "liquidate"})
    void anActionWhoseAnswerWasLostIsNotCreditedWithTheLaterStopThatWorked(String lostAction) {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();
        String lost = confirmCode(gateway.handle(TRADER, lostAction + " momentum"));
        h.sandbox().faults().failNextCalls(1, 503, "live/update/" + lostAction);
        assertThat(gateway.handle(TRADER, "confirm " + lost).title()).startsWith("Outcome unknown");
        h.stepAfter(Duration.ofSeconds(5));

        String worked = confirmCode(gateway.handle(ADMIN, "stop momentum"));
        assertThat(gateway.handle(ADMIN, "confirm " + worked).title()).startsWith("Stop sent");
        h.stepAfter(Duration.ofSeconds(5));
        h.stepAfter(POLL);

        List<Reply> told = discord.in("ops-discord");
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
        assertThat(slack.in("C-ALL")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Live/Momentum is Stopped"));
    }

    @Test
    void aProjectStillFailingWhenItsSnoozeEndsIsAnnouncedAgain() {
        TestCore h = start(settings());
        h.notifications().step();
        CommandGateway gateway = h.gateway();
        gateway.handle(TRADER, "snooze momentum 30m");
        h.sandbox().faults().runtimeError(MOMENTUM, CRASH);
        h.stepAfter(POLL);
        assertThat(discord.in("alerts")).isEmpty();

        h.stepAfter(Duration.ofMinutes(31));

        assertThat(discord.in("alerts")).singleElement()
                .satisfies(reply -> assertThat(reply.title()).isEqualTo("Still RuntimeError: Live/Momentum"));
    }
}
