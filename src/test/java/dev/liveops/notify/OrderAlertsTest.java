package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.Order;
import dev.liveops.reply.Reply;
import dev.liveops.text.Money;
import dev.liveops.subscription.OrderAlerts;
import dev.liveops.testing.Replica;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Order alerts end to end: the sandbox trades every 10 minutes (an order is Submitted at its slot, PartiallyFilled
 * 2.5 minutes later, Filled at 5 minutes), the watcher polls every 30 s, a recording poster per platform.
 */
class OrderAlertsTest {
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration TRADE_EVERY = Duration.ofMinutes(10);
    private static final Duration FILL_STEP = TRADE_EVERY.dividedBy(4);
    private static final Duration ELECTION_ROUND = Duration.ofMillis(1500);
    private static final String PRICE = "[\\d,]+\\.\\d{2}";

    private final RecordingPoster slack = new RecordingPoster(Platform.SLACK);
    private final RecordingPoster discord = new RecordingPoster(Platform.DISCORD);
    private TestCore core;

    @AfterEach
    void close() {
        if (core != null) {
            core.close();
        }
    }

    private TestCore start(TestCore.Builder builder, ConfiguredSubscription... subscriptions) {
        core = builder.sandboxTradeEvery(TRADE_EVERY).poster(slack).poster(discord)
                .watcher(watcherSettings().pollInterval(POLL).subscriptions(List.of(subscriptions)).build())
                .build();
        core.notifications().step();
        return core;
    }

    private static ConfiguredSubscription slackChannel(String channel, String project, OrderAlerts orders) {
        return new ConfiguredSubscription(new ChannelKey(Platform.SLACK, channel), Set.of(), project, Map.of(),
                orders);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void fillsArePostedOnceAcrossRestartsGroupedIntoOneMessagePerPoll(StoreKind store) {
        TestCore h = start(TestCore.builder().store(store), slackChannel("C-FILLS", "*", OrderAlerts.FILLED));

        h.stepAfter(TRADE_EVERY);
        assertThat(slack.in("C-FILLS")).isEmpty();
        h.stepAfter(FILL_STEP);
        h.restart();
        h.stepAfter(POLL);
        h.stepAfter(FILL_STEP.minus(POLL));
        h.restart();
        h.stepAfter(POLL);
        h.stepAfter(POLL);

        assertThat(slack.in("C-FILLS")).extracting(Reply::text).satisfiesExactly(
                partials -> assertThat(partials).matches(
                        "Live/Momentum bought 6 of 12 SPY at " + PRICE + " so far; the rest is still open \\(order 7\\)\\.\n"
                        + "Live/MeanReversion bought 8 of 16 AAPL at " + PRICE
                        + " so far; the rest is still open \\(order 5\\)\\."),
                fills -> assertThat(fills).matches("Live/Momentum bought 12 SPY at " + PRICE + " \\(order 7\\)\\.\n"
                        + "Live/MeanReversion bought 16 AAPL at " + PRICE + " \\(order 5\\)\\."));
        assertThat(slack.in("C-FILLS").get(0).title()).isEqualTo("2 order events");
    }

    @Test
    void filledHearsEachFillOnceWhileAllAlsoHearsThePlacingAndNothingRepeatsAtLaterPolls() {
        TestCore h = start(TestCore.builder(), slackChannel("C-FILLS", "Live/Momentum", OrderAlerts.FILLED),
                slackChannel("C-EVERY", "Live/Momentum", OrderAlerts.ALL));

        for (Duration step : List.of(TRADE_EVERY, POLL, FILL_STEP.minus(POLL), POLL, FILL_STEP.minus(POLL), POLL)) {
            h.stepAfter(step);
        }

        assertThat(slack.in("C-EVERY")).extracting(Reply::text).satisfiesExactly(
                placed -> assertThat(placed).isEqualTo("Live/Momentum placed an order to buy 12 SPY (order 7)."),
                partial -> assertThat(partial).startsWith("Live/Momentum bought 6 of 12 SPY at "),
                filled -> assertThat(filled).startsWith("Live/Momentum bought 12 SPY at "));
        assertThat(slack.in("C-FILLS")).extracting(Reply::text)
                .containsExactlyElementsOf(slack.in("C-EVERY").subList(1, 3).stream().map(Reply::text).toList());
        assertThat(slack.in("C-FILLS").get(1).title()).isEqualTo("Live/Momentum: bought 12 SPY");
        Order filled = h.live().orders(MOMENTUM, 6, 7).orders().get(0);
        assertThat(slack.in("C-FILLS").get(1).text()).isEqualTo("Live/Momentum bought 12 SPY at "
                + Money.format(filled.fillPrice()) + " (order 7).");
    }

    @Test
    void aDeploymentFirstSeenWithOrdersHasThemRememberedAsHistoryNotPosted() {
        Caller admin = new Caller(Platform.DISCORD, "100", "ada", Set.of(), "ops");
        TestCore h = start(TestCore.builder().user(Platform.DISCORD, "100", "admin"));
        h.stepAfter(TRADE_EVERY.multipliedBy(3));

        h.gateway().handle(admin, "subscribe --orders all --project Live/Momentum");
        h.stepAfter(POLL);
        assertThat(discord.in("ops")).isEmpty();

        h.stepAfter(TRADE_EVERY.minus(POLL));
        assertThat(discord.in("ops")).extracting(Reply::text).singleElement().asString().matches(
                "Live/Momentum bought 6 QQQ at " + PRICE + " \\(order 9\\)\\.\n"
                        + "Live/Momentum placed an order to sell 6 QQQ \\(order 10\\)\\.");
    }

    @Test
    void whatHappenedWhileAChannelHeardNoOrdersIsNotPostedWhenItSubscribesAgain() {
        Caller admin = new Caller(Platform.DISCORD, "100", "ada", Set.of(), "ops");
        TestCore h = start(TestCore.builder().user(Platform.DISCORD, "100", "admin"));
        h.gateway().handle(admin, "subscribe --orders all --project Live/Momentum");
        h.stepAfter(POLL);
        h.stepAfter(TRADE_EVERY);
        assertThat(discord.in("ops")).hasSize(1);

        h.gateway().handle(admin, "subscribe --project Live/Momentum");
        h.stepAfter(POLL);
        h.stepAfter(TRADE_EVERY.multipliedBy(2));
        h.gateway().handle(admin, "subscribe --orders all --project Live/Momentum");
        h.stepAfter(POLL);
        assertThat(discord.in("ops")).hasSize(1);

        h.stepAfter(TRADE_EVERY);
        assertThat(discord.in("ops")).hasSize(2);
    }

    @Test
    void withTwoProcessesOnOneStoreOnlyTheLeaderReadsOrdersAndEachFillIsToldOnce() {
        core = TestCore.builder().sandboxTradeEvery(TRADE_EVERY).poster(slack).watcher(watcherSettings()
                .pollInterval(POLL).subscriptions(List.of(slackChannel("C-FILLS", "Live/Momentum",
                        OrderAlerts.FILLED))).build()).build();
        core.clock().advance(TRADE_EVERY.minus(POLL.multipliedBy(2)));
        List<Replica> replicas = List.of(core.replica("a").tick(), core.replica("b").tick());
        try {
            int polls = 0;
            for (Duration passed = Duration.ZERO; passed.compareTo(FILL_STEP.multipliedBy(3)) < 0;
                 passed = passed.plus(POLL)) {
                for (Duration round = Duration.ZERO; round.compareTo(POLL) < 0; round = round.plus(ELECTION_ROUND)) {
                    core.clock().advance(ELECTION_ROUND);
                    replicas.forEach(Replica::tick);
                }
                replicas.forEach(Replica::step);
                polls++;
            }

            assertThat(replicas).filteredOn(replica -> replica.leadership().isLeader()).hasSize(1);
            verify(core.live(), times(polls)).orders(eq((long) MOMENTUM), anyInt(), anyInt());
            assertThat(slack.in("C-FILLS")).extracting(Reply::title)
                    .containsExactly("Live/Momentum: partly bought SPY", "Live/Momentum: bought 12 SPY");
        } finally {
            replicas.forEach(Replica::close);
        }
    }

    @Test
    void ordersAreReadOnlyForRunningDeploymentsSomeSubscriptionWants() {
        TestCore h = start(TestCore.builder(), slackChannel("C-MOMENTUM", "Live/Momentum", OrderAlerts.FILLED),
                slackChannel("C-STATUS", "*", OrderAlerts.NONE),
                slackChannel("C-CRYPTO", "Live/Crypto*", OrderAlerts.ALL));

        h.stepAfter(POLL);
        h.stepAfter(POLL);

        verify(h.live(), times(3)).orders(eq((long) MOMENTUM), anyInt(), anyInt());
        verify(h.live(), never()).orders(eq((long) MEAN_REVERSION), anyInt(), anyInt());
        verify(h.live(), never()).orders(eq((long) CRYPTO_BASIS), anyInt(), anyInt());
    }

    @Test
    void withoutASubscriptionWantingOrdersNoOrdersAreRead() {
        TestCore h = start(TestCore.builder(), slackChannel("C-STATUS", "*", OrderAlerts.NONE));

        h.stepAfter(TRADE_EVERY);
        h.stepAfter(FILL_STEP);

        verify(h.live(), never()).orders(anyLong(), anyInt(), anyInt());
        assertThat(slack.total()).isZero();
    }

    @Test
    void aChatSubscriptionHearsOnlyTheFillsOfProjectsItsSubscriberMaySee() {
        Caller deskAdmin = new Caller(Platform.DISCORD, "700", "dana", Set.of(), "mean-desk");
        TestCore h = start(TestCore.builder().role("desk-admin", RoleCatalog.ADMIN, "Live/MeanReversion")
                .user(Platform.DISCORD, "700", "desk-admin"));

        Reply subscribed = h.gateway().handle(deskAdmin, "subscribe --orders");
        assertThat(subscribed.text()).endsWith(" Fills of running deployments are posted too (/live subscribe "
                + "without --orders stops them).");
        h.stepAfter(POLL);
        h.stepAfter(TRADE_EVERY);
        h.stepAfter(FILL_STEP);

        assertThat(discord.in("mean-desk")).extracting(Reply::text).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Live/MeanReversion bought 8 of 16 AAPL at ").doesNotContain("Momentum"));
        verify(h.live(), never()).orders(eq((long) MOMENTUM), anyInt(), anyInt());
    }

    @Test
    void fillsWhileQuantConnectCannotNameTheProjectsArePostedOnceItCanAgain() {
        Caller deskAdmin = new Caller(Platform.DISCORD, "700", "dana", Set.of(), "mean-desk");
        TestCore h = start(TestCore.builder().role("desk-admin", RoleCatalog.ADMIN, "Live/MeanReversion")
                .user(Platform.DISCORD, "700", "desk-admin"));
        h.gateway().handle(deskAdmin, "subscribe --orders");
        h.stepAfter(POLL);

        h.restart(); // a fresh process: it has not read the project list yet
        h.sandbox().faults().failNextCalls(10_000, 503, "projects/read");
        h.stepAfter(TRADE_EVERY);
        h.stepAfter(FILL_STEP);
        assertThat(discord.in("mean-desk")).isEmpty();

        h.sandbox().faults().clear();
        for (int poll = 0; poll < 10; poll++) {
            h.stepAfter(POLL);
        }

        // The half fill happened while the names could not be read: it is told, not taken for history.
        assertThat(discord.in("mean-desk")).extracting(Reply::text).satisfiesExactly(
                partial -> assertThat(partial).startsWith("Live/MeanReversion bought 8 of 16 AAPL at "),
                filled -> assertThat(filled).startsWith("Live/MeanReversion bought 16 AAPL at "));
    }
}
