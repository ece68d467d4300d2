package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A configured subscription's {@code orders}: none by default, filled or all, nothing else. */
class OrderAlertsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    @Test
    void theExampleFileHasASubscriptionHearingFillsAndTheOtherNoOrders() {
        BotConfig config = loader.load(Path.of("bot-config.example.json"));

        assertThat(config.notifications().subscriptions()).extracting(NotificationsConfig.Subscription::orders)
                .containsExactly("none", "filled");
    }

    @Test
    void ordersIsNoneWhenLeftOutAndAllWhenSaid() {
        BotConfig config = loader.parse(with("/notifications", """
                {"subscriptions": [{"platform": "slack", "channel": "C1"},
                                   {"platform": "discord", "channel": "123", "orders": "all"}]}"""), "bot-config.json");

        assertThat(config.notifications().subscriptions()).extracting(NotificationsConfig.Subscription::orders)
                .containsExactly("none", "all");
    }

    @Test
    void anUnknownOrdersValueIsRefusedWithItsPath() {
        assertThatThrownBy(() -> loader.parse(with("/notifications", """
                {"subscriptions": [{"platform": "slack", "channel": "C1", "orders": "fills"}]}"""), "bot-config.json"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement().asString()
                        .contains("$.notifications.subscriptions[0].orders"));
    }
}
