package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.MINIMAL;
import static dev.liveops.config.TestConfigs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** actions.killSwitchConcurrency: how many sends of a kill switch are under way at once. */
class KillSwitchConfigTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    @Test
    void defaultsToEightAndTakesWhatTheFileSays() {
        assertThat(loader.parse(MINIMAL, "bot-config.json").actions().killSwitchConcurrency()).isEqualTo(8);
        assertThat(loader.parse(with("/actions/killSwitchConcurrency", "3"), "bot-config.json").actions()
                .killSwitchConcurrency()).isEqualTo(3);
    }

    @Test
    void refusesZero() {
        assertThatThrownBy(() -> loader.parse(with("/actions/killSwitchConcurrency", "0"), "bot-config.json"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::toString)
                        .contains("$.actions.killSwitchConcurrency: must be at least 1"));
    }
}
