package dev.liveops.testing;

import dev.liveops.config.AccessConfig;
import dev.liveops.config.ActionsConfig;
import dev.liveops.config.BotConfig;
import dev.liveops.config.BrokerageProfile;
import dev.liveops.config.BrokerageSettings;
import dev.liveops.config.DiscordConfig;
import dev.liveops.config.LoggingConfig;
import dev.liveops.config.OpsConfig;
import dev.liveops.config.NotificationsConfig;
import dev.liveops.config.QuantConnectConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.config.StoreConfig;
import dev.liveops.secret.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link BotConfig} for tests, built through its constructor (so its checks apply) from a small valid default: the
 * public QuantConnect API with made-up credentials, one "paper" profile as the default brokerage, the default store,
 * default actions and notifications, no chat platform, nobody with access. Change only what the test is about.
 */
public final class BotConfigBuilder {
    private QuantConnectConfig quantconnect = new QuantConnectConfig("123456", Secret.of("qc-token-value-0001"),
            QuantConnectConfig.DEFAULT_BASE_URL, QuantConnectConfig.Timeouts.DEFAULT, Optional.empty());
    private final Map<String, BrokerageProfile> brokerages = new LinkedHashMap<>(Map.of("paper",
            new BrokerageProfile("QuantConnectBrokerage", BrokerageSettings.NONE, List.of(), List.of())));
    private Optional<String> defaultBrokerage = Optional.of("paper");
    private StoreConfig store = new StoreConfig(StoreConfig.DEFAULT_URL);
    private ActionsConfig actions = ActionsConfig.DEFAULT;
    private NotificationsConfig notifications = NotificationsConfig.DEFAULT;
    private Optional<DiscordConfig> discord = Optional.empty();
    private Optional<SlackSettings> slack = Optional.empty();
    private AccessConfig access = new AccessConfig(Map.of(), List.of(), Map.of(), Map.of());

    private BotConfigBuilder() {
    }

    public static BotConfigBuilder botConfig() {
        return new BotConfigBuilder();
    }

    public BotConfigBuilder quantconnect(QuantConnectConfig quantconnect) {
        this.quantconnect = quantconnect;
        return this;
    }

    /** The API at {@code baseUrl} (a sandbox's, say) with these credentials and the default timeouts. */
    public BotConfigBuilder quantconnect(String baseUrl, String userId, String apiToken) {
        return quantconnect(new QuantConnectConfig(userId, Secret.of(apiToken), baseUrl,
                QuantConnectConfig.Timeouts.DEFAULT, Optional.empty()));
    }

    /** Adds a brokerage profile beside "paper". */
    public BotConfigBuilder brokerage(String name, BrokerageProfile profile) {
        brokerages.put(name, profile);
        return this;
    }

    /** Removes every brokerage profile, "paper" included; the default brokerage still names "paper" unless changed. */
    public BotConfigBuilder noBrokerages() {
        brokerages.clear();
        return this;
    }

    public BotConfigBuilder defaultBrokerage(Optional<String> name) {
        this.defaultBrokerage = name;
        return this;
    }

    public BotConfigBuilder store(String jdbcUrl) {
        this.store = new StoreConfig(jdbcUrl);
        return this;
    }

    public BotConfigBuilder actions(ActionsConfig actions) {
        this.actions = actions;
        return this;
    }

    public BotConfigBuilder notifications(NotificationsConfig notifications) {
        this.notifications = notifications;
        return this;
    }

    public BotConfigBuilder discord(DiscordConfig discord) {
        this.discord = Optional.of(discord);
        return this;
    }

    public BotConfigBuilder slack(SlackSettings slack) {
        this.slack = Optional.of(slack);
        return this;
    }

    public BotConfigBuilder access(AccessConfig access) {
        this.access = access;
        return this;
    }

    public BotConfig build() {
        return new BotConfig(quantconnect, brokerages, defaultBrokerage, store, actions, notifications, discord,
                slack, access, LoggingConfig.DEFAULT, OpsConfig.OFF);
    }
}
