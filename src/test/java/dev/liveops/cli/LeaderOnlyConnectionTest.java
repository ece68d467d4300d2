package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.leader.Term;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.PostResult;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.TestCore;
import dev.liveops.access.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Discord gateway is held by the leader only, and connecting again soon after backs off (capped). */
class LeaderOnlyConnectionTest {
    private static final Term TERM = new Term("a", 1, Instant.parse(TestCore.START));

    private final ManualClock clock = ManualClock.at(TestCore.START);
    private final List<Duration> waits = new ArrayList<>();
    private final List<ChannelPoster> deliveringThrough = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<Gateway> opened = new ArrayList<>();

    /** A connection that counts as an identify with Discord. */
    private final class Gateway implements AutoCloseable {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private LeaderOnlyConnection<Gateway> connection() {
        return new LeaderOnlyConnection<>("Discord", () -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("Discord is unreachable");
            }
            Gateway gateway = new Gateway();
            opened.add(gateway);
            return gateway;
        }, gateway -> poster(), deliveringThrough::add, clock, duration -> {
            waits.add(duration);
            clock.advance(duration);
        });
    }

    @Test
    void connectsOnElectionAndClosesWhenDeposed() throws Exception {
        try (LeaderOnlyConnection<Gateway> discord = connection()) {
            discord.elected(TERM);
            discord.settle();

            assertThat(discord.connected()).isTrue();
            assertThat(deliveringThrough).hasSize(1);
            assertThat(waits).isEmpty();

            discord.deposed(TERM);
            discord.settle();

            assertThat(discord.connected()).isFalse();
            assertThat(opened).singleElement().satisfies(gateway -> assertThat(gateway.closed).isTrue());
        }
    }

    @Test
    void failedAndQuickRepeatedConnectsWaitLongerEachTimeUpToFiveMinutes() throws Exception {
        failuresLeft.set(9);
        try (LeaderOnlyConnection<Gateway> discord = connection()) {
            discord.elected(TERM);
            discord.settle();

            assertThat(discord.connected()).isTrue();
            assertThat(waits).extracting(Duration::toSeconds)
                    .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 300L, 300L, 300L);
        }
    }

    @Test
    void aLeaderElectedAgainSoonAfterWaitsBeforeIdentifyingAgain() throws Exception {
        try (LeaderOnlyConnection<Gateway> discord = connection()) {
            discord.elected(TERM);
            discord.settle();
            discord.deposed(TERM);
            discord.settle();
            clock.advance(Duration.ofSeconds(1));
            discord.elected(TERM);
            discord.settle();

            assertThat(waits).extracting(Duration::toSeconds).containsExactly(4L);
            assertThat(opened).hasSize(2);
        }
    }

    private static ChannelPoster poster() {
        return new ChannelPoster() {
            @Override
            public Platform platform() {
                return Platform.DISCORD;
            }

            @Override
            public PostResult post(String channelId, dev.liveops.reply.Reply reply) {
                return new PostResult.Posted(channelId);
            }
        };
    }
}
