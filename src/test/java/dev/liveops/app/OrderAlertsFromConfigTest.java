package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.config.NotificationsConfig;
import dev.liveops.notify.ConfiguredSubscription;
import dev.liveops.subscription.OrderAlerts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config's {@code orders} word reaches the watcher's subscription. */
class OrderAlertsFromConfigTest {

    @Test
    void eachConfiguredSubscriptionCarriesItsOrderChoice() {
        NotificationsConfig config = new NotificationsConfig(30, false, 120, 0, Map.of(), List.of(
                new NotificationsConfig.Subscription("slack", "C1", List.of(), "*", Map.of(), "all"),
                new NotificationsConfig.Subscription("discord", "123", List.of(), "*", Map.of(), "filled"),
                new NotificationsConfig.Subscription("slack", "C2", List.of(), "*", Map.of())));

        assertThat(NotificationsFromConfig.settings(config, Duration.ofSeconds(5)).subscriptions())
                .extracting(ConfiguredSubscription::orders)
                .containsExactly(OrderAlerts.ALL, OrderAlerts.FILLED, OrderAlerts.NONE);
    }
}
