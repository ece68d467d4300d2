package dev.liveops.notify;

import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Platform;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A notification is posted under an id of its own, so every log line about that post can be found together. */
class NotificationLogContextTest {
    @Test
    void eachPostCarriesItsOutboxIdAndPlatformAndLeavesNothingBehind() {
        List<Map<String, String>> seen = new ArrayList<>();
        ChannelPoster slack = new ChannelPoster() {
            @Override
            public Platform platform() {
                return Platform.SLACK;
            }

            @Override
            public PostResult post(String channelId, Reply reply) {
                seen.add(MDC.getCopyOfContextMap());
                return new PostResult.Posted("ts-" + seen.size());
            }
        };
        ConfiguredSubscription everything = new ConfiguredSubscription(new ChannelKey(Platform.SLACK, "C-ALL"),
                Set.of(), "*", Map.of());

        try (TestCore core = TestCore.builder().poster(slack)
                .watcher(watcherSettings().subscriptions(List.of(everything)).announceExisting().build()).build()) {
            core.notifications().step();
        }

        assertThat(seen).isNotEmpty().allSatisfy(context -> {
            assertThat(context.get("request_id")).matches("outbox-[0-9]+");
            assertThat(context.get("platform")).isEqualTo("slack");
        });
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
