package dev.liveops.config;

import static dev.liveops.testing.BotConfigBuilder.botConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.secret.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BotConfigTest {
    @Test
    void theSandboxConfigHasAPaperDefaultAndOneConsoleAdmin() {
        BotConfig config = BotConfig.forSandbox("http://localhost:8080/api/v2/", "42", Secret.of("sandbox-token"));

        assertThat(config.quantconnect()).isEqualTo(new QuantConnectConfig("42", Secret.of("sandbox-token"),
                "http://localhost:8080/api/v2", QuantConnectConfig.Timeouts.DEFAULT, Optional.empty()));
        assertThat(config.defaultBrokerage()).contains("paper");
        assertThat(config.defaultBrokerageProfile()).contains(
                new BrokerageProfile("QuantConnectBrokerage", BrokerageSettings.NONE, List.of(), List.of()));
        assertThat(config.store().url()).isEqualTo("jdbc:sqlite:data/liveops.db");
        assertThat(config.discord()).isEmpty();
        assertThat(config.slack()).isEmpty();
        assertThat(config.access().roles()).isEmpty();
        assertThat(config.access().users()).containsExactly(
                new AccessConfig.User("demo", List.of("admin"), List.of(), List.of(), Optional.of("demo")));
        assertThat(config.toString()).doesNotContain("sandbox-token");
    }

    @Test
    void brokerageSettingsKeepCredentialsAsSecrets() {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("ib-account", "U1234567");
        written.put("ib-password", "pw-value-123");
        written.put("tradier-access-token", "token-value-456");

        BrokerageSettings settings = BrokerageSettings.of(written);

        assertThat(settings.plain()).containsOnlyKeys("ib-account");
        assertThat(settings.secrets()).containsOnlyKeys("ib-password", "tradier-access-token");
        assertThat(settings.revealAll()).isEqualTo(written);
        assertThat(settings.toString()).isEqualTo(
                "BrokerageSettings[plain={ib-account=U1234567}, secrets={ib-password=****, tradier-access-token=****}]");
    }

    @Test
    void recordsBuiltInCodeKeepTheFilesRules() {
        AccessConfig access = new AccessConfig(null, null, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> botConfig().noBrokerages()
                        .defaultBrokerage(Optional.of("paper")).access(access).build())
                .withMessage("defaultBrokerage names no profile: paper");
        assertThatIllegalArgumentException().isThrownBy(() -> new SlackSettings(Secret.of("b"),
                        SlackSettings.Mode.SOCKET, Optional.empty(), Optional.empty(), null))
                .withMessage("Slack socket mode needs an app token");
        DiscordConfig discord = new DiscordConfig(Secret.of("t"), List.of(), true, false);
        assertThatIllegalArgumentException().isThrownBy(() -> discord.at("https://user:pw@/api", "wss://g.example"))
                .withMessage("discord.apiUrl must be a URL starting with http:// or https:// and naming a host");
        assertThatIllegalArgumentException().isThrownBy(() -> discord.at(DiscordConfig.DISCORD_API, "https://g.example"))
                .withMessage("discord.gatewayUrl must be a URL starting with ws:// or wss:// and naming a host");
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> guilds = new ArrayList<>(List.of("1"));
        DiscordConfig discord = new DiscordConfig(Secret.of("t"), guilds, true, false);
        guilds.add("2");

        assertThat(discord.guildIds()).containsExactly("1");
        assertThatThrownBy(() -> discord.guildIds().add("3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
