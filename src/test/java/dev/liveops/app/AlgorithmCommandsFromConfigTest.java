package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.Permission;
import dev.liveops.command.AlgorithmCommands;
import dev.liveops.command.ArgumentType;
import dev.liveops.command.DeclaredCommand;
import dev.liveops.config.ConfigException;
import dev.liveops.config.ConfigLoader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The config's commands section, loaded and validated, as the core declares it. */
class AlgorithmCommandsFromConfigTest {
    private static final String CONFIG = """
            {
              "quantconnect": {"userId": "123456", "apiToken": "${QC_API_TOKEN}"},
              "actions": {"requireApproval": ["command", "broadcast"]},
              "commands": {
                "flatten": {"type": "LiquidateCommand", "permission": "liquidate", "confirm": true,
                            "args": {"symbol": "string?"}},
                "risk-off": {"payload": {"mode": "defensive", "cap": 0.5}, "permission": "stop",
                             "args": {"reason": "string", "days": "integer"}}
              }
            }
            """;

    private final ConfigLoader loader = new ConfigLoader(Map.of("QC_API_TOKEN", "token"));

    @Test
    void eachCommandKeepsItsClassPayloadPermissionConfirmationAndArguments() {
        AlgorithmCommands commands = AlgorithmCommandsFromConfig.of(loader.parse(CONFIG, "bot-config.json")
                .commands());

        assertThat(commands.byName()).containsOnlyKeys("flatten", "risk-off");
        DeclaredCommand flatten = commands.byName().get("flatten");
        assertThat(flatten.leanType()).contains("LiquidateCommand");
        assertThat(flatten.permission()).isEqualTo(Permission.LIQUIDATE);
        assertThat(flatten.confirm()).isTrue();
        assertThat(flatten.arguments()).containsExactly(Map.entry("symbol",
                new DeclaredCommand.Argument(ArgumentType.STRING, false)));
        DeclaredCommand riskOff = commands.byName().get("risk-off");
        assertThat(riskOff.leanType()).isEqualTo(Optional.empty());
        assertThat(riskOff.payload()).containsEntry("mode", "defensive").containsEntry("cap", new BigDecimal("0.5"));
        assertThat(riskOff.confirm()).isFalse();
        assertThat(riskOff.arguments().keySet()).containsExactly("reason", "days");
        assertThat(riskOff.arguments().get("days")).isEqualTo(new DeclaredCommand.Argument(ArgumentType.INTEGER, true));
    }

    @Test
    void anUnknownArgumentTypeOrPermissionIsAConfigProblem() {
        String wrong = CONFIG.replace("\"string?\"", "\"text\"").replace("\"stop\",", "\"stopp\",");

        assertThatThrownBy(() -> loader.parse(wrong, "bot-config.json"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
