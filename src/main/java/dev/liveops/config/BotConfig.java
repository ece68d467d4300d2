package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.liveops.secret.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole bot configuration, as loaded by {@link ConfigLoader} from bot-config.json. Immutable; printing it is safe
 * (secrets print as {@code ****}).
 *
 * @param quantconnect     how to reach the QuantConnect API
 * @param brokerages       brokerage profiles for deploy, by profile name, in file order
 * @param defaultBrokerage the profile deploy uses when none is named; when the file names none and has exactly one
 *                         profile, that one; empty when there are no profiles, or several and none is named
 * @param store            where LiveOps keeps its own state
 * @param actions          confirmation and approval of stop, liquidate and deploy
 * @param notifications    status-change notifications
 * @param discord          the Discord bot, when configured
 * @param slack            the Slack app, when configured
 * @param access           who may run which commands
 * @param logging          how the log is written
 * @param ops              the operational HTTP listener; closed unless a port is set
 * @param limits           how many chat commands each platform runs at once, and how many may wait
 * @param commands         the algorithm commands chat may send, by name; none unless the file declares some
 */
@JsonIgnoreProperties({"$schema"})
public record BotConfig(
        QuantConnectConfig quantconnect,
        Map<String, BrokerageProfile> brokerages,
        Optional<String> defaultBrokerage,
        StoreConfig store,
        ActionsConfig actions,
        NotificationsConfig notifications,
        Optional<DiscordConfig> discord,
        Optional<SlackSettings> slack,
        AccessConfig access,
        LoggingConfig logging,
        OpsConfig ops,
        LimitsConfig limits,
        Map<String, AlgorithmCommandConfig> commands) {

    /** The default command limits and no algorithm commands. */
    public BotConfig(QuantConnectConfig quantconnect, Map<String, BrokerageProfile> brokerages,
                     Optional<String> defaultBrokerage, StoreConfig store, ActionsConfig actions,
                     NotificationsConfig notifications, Optional<DiscordConfig> discord, Optional<SlackSettings> slack,
                     AccessConfig access, LoggingConfig logging, OpsConfig ops) {
        this(quantconnect, brokerages, defaultBrokerage, store, actions, notifications, discord, slack, access,
                logging, ops, LimitsConfig.DEFAULT, Map.of());
    }

    /** Text logs and no operational listener: what a config that says nothing of either gets. */
    public BotConfig(QuantConnectConfig quantconnect, Map<String, BrokerageProfile> brokerages,
                     Optional<String> defaultBrokerage, StoreConfig store, ActionsConfig actions,
                     NotificationsConfig notifications, Optional<DiscordConfig> discord, Optional<SlackSettings> slack,
                     AccessConfig access) {
        this(quantconnect, brokerages, defaultBrokerage, store, actions, notifications, discord, slack, access,
                LoggingConfig.DEFAULT, OpsConfig.OFF);
    }

    public BotConfig {
        Objects.requireNonNull(quantconnect, "quantconnect");
        brokerages = Copies.map(brokerages);
        Objects.requireNonNull(defaultBrokerage, "defaultBrokerage");
        if (defaultBrokerage.isEmpty() && brokerages.size() == 1) {
            defaultBrokerage = Optional.of(brokerages.keySet().iterator().next());
        }
        if (defaultBrokerage.isPresent() && !brokerages.containsKey(defaultBrokerage.get())) {
            throw new IllegalArgumentException("defaultBrokerage names no profile: " + defaultBrokerage.get());
        }
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(limits, "limits");
        commands = Copies.map(commands);
    }

    /** The profile deploy uses when none is named. */
    public Optional<BrokerageProfile> defaultBrokerageProfile() {
        return defaultBrokerage.map(brokerages::get);
    }

    /**
     * The configuration of the offline demo: the given (sandbox) QuantConnect API, a "paper" QuantConnect paper-trading
     * profile as the default, the default SQLite store, no Discord or Slack, one console admin user, "demo", and the
     * README's two algorithm commands.
     */
    public static BotConfig forSandbox(String baseUrl, String userId, Secret apiToken) {
        QuantConnectConfig quantconnect = new QuantConnectConfig(userId, apiToken, baseUrl,
                QuantConnectConfig.Timeouts.DEFAULT, Optional.empty());
        BrokerageProfile paper = new BrokerageProfile("QuantConnectBrokerage", BrokerageSettings.NONE, List.of(),
                List.of());
        AccessConfig.User demo = new AccessConfig.User("demo", List.of("admin"), List.of(), List.of(),
                Optional.of("demo"));
        AccessConfig access = new AccessConfig(Map.of(), List.of(demo), Map.of(), Map.of());
        // The README's two examples, so that the demo can try them: command momentum flatten, command momentum risk-off.
        Map<String, AlgorithmCommandConfig> commands = new java.util.LinkedHashMap<>();
        commands.put("flatten", new AlgorithmCommandConfig(Optional.of("LiquidateCommand"), Map.of(), "liquidate", true,
                Map.of("symbol", "string?")));
        commands.put("risk-off", new AlgorithmCommandConfig(Optional.empty(), Map.of("mode", "defensive"), "stop",
                false, Map.of()));
        return new BotConfig(quantconnect, Map.of("paper", paper), Optional.of("paper"),
                new StoreConfig(StoreConfig.DEFAULT_URL), ActionsConfig.DEFAULT, NotificationsConfig.DEFAULT, Optional.empty(), Optional.empty(),
                access, LoggingConfig.DEFAULT, OpsConfig.OFF, LimitsConfig.DEFAULT, commands);
    }

    // Jackson cannot bind Optional without an extra module: absent keys arrive as null here instead.
    @JsonCreator
    private static BotConfig fromJson(
            @JsonProperty("quantconnect") QuantConnectConfig quantconnect,
            @JsonProperty("brokerages") Map<String, BrokerageProfile> brokerages,
            @JsonProperty("defaultBrokerage") String defaultBrokerage,
            @JsonProperty("store") StoreConfig store,
            @JsonProperty("actions") ActionsConfig actions,
            @JsonProperty("notifications") NotificationsConfig notifications,
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("slack") SlackSettings slack,
            @JsonProperty("access") AccessConfig access,
            @JsonProperty("logging") LoggingConfig logging,
            @JsonProperty("ops") OpsConfig ops,
            @JsonProperty("limits") LimitsConfig limits,
            @JsonProperty("commands") Map<String, AlgorithmCommandConfig> commands) {
        return new BotConfig(quantconnect, brokerages, Optional.ofNullable(defaultBrokerage), store,
                actions == null ? ActionsConfig.DEFAULT : actions,
                notifications == null ? NotificationsConfig.DEFAULT : notifications, Optional.ofNullable(discord),
                Optional.ofNullable(slack), access, logging == null ? LoggingConfig.DEFAULT : logging,
                ops == null ? OpsConfig.OFF : ops, limits == null ? LimitsConfig.DEFAULT : limits, commands);
    }
}
