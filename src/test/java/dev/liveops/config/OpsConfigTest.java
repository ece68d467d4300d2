package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.MINIMAL;
import static dev.liveops.config.TestConfigs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "ops": the operational listener is closed unless a port is set, and binds to loopback unless told otherwise. */
class OpsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    @Test
    void withoutOpsTheListenerIsClosedAndWouldBindToLoopback() {
        BotConfig config = loader.parse(MINIMAL, "bot-config.json");

        assertThat(config.ops()).isEqualTo(new OpsConfig(Optional.empty(), "127.0.0.1"));
    }

    @Test
    void aPortOpensItOnLoopbackByDefault() {
        BotConfig config = loader.parse(with(MINIMAL, "/ops", "{\"port\": 9464}"), "bot-config.json");

        assertThat(config.ops()).isEqualTo(new OpsConfig(Optional.of(9464), "127.0.0.1"));
    }

    @Test
    void theBindAddressIsTheConfigs() {
        BotConfig config = loader.parse(with(MINIMAL, "/ops", "{\"port\": 9464, \"bind\": \"0.0.0.0\"}"), "x");

        assertThat(config.ops().bind()).isEqualTo("0.0.0.0");
    }

    @Test
    void aPortOutOfRangeIsReportedAtItsPath() {
        assertThatThrownBy(() -> loader.parse(with(MINIMAL, "/ops", "{\"port\": 70000}"), "bot-config.json"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems().toString()).contains("$.ops.port"));
    }
}
