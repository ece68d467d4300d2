package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.MINIMAL;
import static dev.liveops.config.TestConfigs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** "limits": how many chat commands each platform runs at once and how many wait, with documented defaults. */
class LimitsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    @Test
    void withoutLimitsEachPlatformRuns64AtOnceWith256Waiting() {
        BotConfig config = loader.parse(MINIMAL, "bot-config.json");

        assertThat(config.limits()).isEqualTo(new LimitsConfig(64, 256)).isEqualTo(LimitsConfig.DEFAULT);
    }

    @Test
    void theConfigSetsBothBounds() {
        BotConfig config = loader.parse(with(MINIMAL, "/limits",
                "{\"maxConcurrentCommands\": 200, \"maxQueuedCommands\": 0}"), "bot-config.json");

        assertThat(config.limits()).isEqualTo(new LimitsConfig(200, 0));
    }

    @Test
    void oneBoundLeavesTheOtherAtItsDefault() {
        BotConfig config = loader.parse(with(MINIMAL, "/limits", "{\"maxQueuedCommands\": 10}"), "x");

        assertThat(config.limits()).isEqualTo(new LimitsConfig(64, 10));
    }

    @Test
    void noCommandsAtOnceIsReportedAtItsPath() {
        assertThatThrownBy(() -> loader.parse(with(MINIMAL, "/limits", "{\"maxConcurrentCommands\": 0}"), "x"))
                .isInstanceOf(ConfigException.class).satisfies(e -> assertThat(((ConfigException) e).problems()
                        .toString()).contains("$.limits.maxConcurrentCommands"));
    }

    @Test
    void anUnknownKeyIsReportedAtItsPath() {
        assertThatThrownBy(() -> loader.parse(with(MINIMAL, "/limits", "{\"maxCommands\": 5}"), "x"))
                .isInstanceOf(ConfigException.class).satisfies(e -> assertThat(((ConfigException) e).problems()
                        .toString()).contains("$.limits"));
    }
}
