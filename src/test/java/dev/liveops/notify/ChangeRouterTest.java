package dev.liveops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Routing matches each change once per distinct filter; these pin what channels hear while it does. */
class ChangeRouterTest {
    private static final Instant AT = Instant.parse("2026-12-01T19:00:00Z");
    private static final Predicate<String> EVERYTHING = name -> true;
    private static final Predicate<String> CRYPTO_ONLY = name -> name.startsWith("Live/Crypto");
    private static final StatusChange MOMENTUM = change(1, "Live/Momentum", LiveStatus.RUNTIME_ERROR);
    private static final StatusChange CRYPTO = change(2, "Live/CryptoBasis", LiveStatus.STOPPED);
    private static final StatusChange MEAN = change(3, "Live/MeanReversion", LiveStatus.RUNNING);
    private static final List<StatusChange> CYCLE = List.of(MOMENTUM, CRYPTO, MEAN);

    private final ChangeRouter router = new ChangeRouter();

    @Test
    void theSameFilterSeenByDifferentSubscribersGivesEachOnlyWhatItMaySee() {
        List<ChannelBatch> batches = router.route(CYCLE, List.of(
                route("wide", Set.of(), EVERYTHING, Map.of()),
                route("crypto", Set.of(), CRYPTO_ONLY, Map.of())), Set.of());

        assertThat(heard(batches, "wide")).containsExactly(MOMENTUM, CRYPTO, MEAN);
        assertThat(heard(batches, "crypto")).containsExactly(CRYPTO);
    }

    @Test
    void channelsSharingAFilterEachGetTheirBatchWithTheirOwnMentions() {
        List<ChannelBatch> batches = router.route(CYCLE, List.of(
                route("a", Set.of(LiveStatus.RUNTIME_ERROR), EVERYTHING, Map.of(Severity.ERROR, List.of(Mention.here()))),
                route("b", Set.of(LiveStatus.RUNTIME_ERROR), EVERYTHING, Map.of())), Set.of());

        assertThat(batches).extracting(batch -> batch.channel().channelId()).containsExactly("a", "b");
        assertThat(heard(batches, "a")).containsExactly(MOMENTUM);
        assertThat(heard(batches, "b")).containsExactly(MOMENTUM);
        assertThat(batches.get(0).mentions()).containsExactly(Mention.here());
        assertThat(batches.get(1).mentions()).isEmpty();
    }

    @Test
    void aChannelWithTwoFiltersHearsEachChangeOnceInCycleOrderWithTheMentionsOfBoth() {
        Mention desk = new Mention(Mention.Kind.GROUP, "desk");
        List<ChannelBatch> batches = router.route(CYCLE, List.of(
                route("ops", Set.of(LiveStatus.RUNNING), EVERYTHING, Map.of(Severity.SUCCESS, List.of(desk))),
                route("ops", Set.of(), CRYPTO_ONLY, Map.of(Severity.ERROR, List.of(Mention.here()))),
                route("ops", Set.of(LiveStatus.RUNTIME_ERROR, LiveStatus.STOPPED), EVERYTHING,
                        Map.of(Severity.ERROR, List.of(Mention.here())))), Set.of());

        assertThat(batches).singleElement().satisfies(batch -> {
            assertThat(batch.changes()).containsExactly(MOMENTUM, CRYPTO, MEAN);
            assertThat(batch.mentions()).containsExactlyInAnyOrder(Mention.here(), desk);
        });
    }

    @Test
    void channelsComeInTheOrderTheCycleFirstReachesThemAndSnoozedProjectsReachNone() {
        List<ChannelBatch> batches = router.route(CYCLE, List.of(
                route("running", Set.of(LiveStatus.RUNNING), EVERYTHING, Map.of()),
                route("stops", Set.of(LiveStatus.STOPPED), EVERYTHING, Map.of()),
                route("errors", Set.of(LiveStatus.RUNTIME_ERROR), EVERYTHING, Map.of()),
                route("all", Set.of(), EVERYTHING, Map.of())), Set.of(1L));

        assertThat(batches).extracting(batch -> batch.channel().channelId()).containsExactly("stops", "all", "running");
        assertThat(heard(batches, "all")).containsExactly(CRYPTO, MEAN);
    }

    private static Route route(String channel, Set<LiveStatus> statuses, Predicate<String> visible,
                               Map<Severity, List<Mention>> mentions) {
        return new Route(new ChannelKey(Platform.SLACK, channel), statuses, ProjectGlob.ANY, visible, mentions);
    }

    private static List<StatusChange> heard(List<ChannelBatch> batches, String channel) {
        return batches.stream().filter(batch -> batch.channel().channelId().equals(channel)).findFirst()
                .map(ChannelBatch::changes).orElse(List.of());
    }

    private static StatusChange change(long projectId, String name, LiveStatus to) {
        return new StatusChange(projectId, name, "L-" + projectId, StatusChange.Kind.CHANGED,
                Optional.of(LiveStatus.IN_QUEUE), Optional.of(to), AT, "", null);
    }
}
