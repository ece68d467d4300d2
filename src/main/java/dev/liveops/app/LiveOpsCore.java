package dev.liveops.app;

import dev.liveops.access.AccessPolicy;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandName;
import dev.liveops.command.Pause;
import dev.liveops.config.BotConfig;
import dev.liveops.config.BrokerageProfile;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectCredentials;
import dev.liveops.quantconnect.Timeouts;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CashAmount;
import dev.liveops.secret.Secret;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcPendingActionStore;
import dev.liveops.store.JdbcSubscriptionStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform-neutral core built from a config: QuantConnect client, store, access policy and the command gateway
 * every adapter talks to. The composition root; nothing else constructs these.
 */
public final class LiveOpsCore implements AutoCloseable {
    private final QuantConnectClient quantConnect;
    private final CommandGateway gateway;
    private final AccessPolicy access;

    private LiveOpsCore(QuantConnectClient quantConnect, CommandGateway gateway, AccessPolicy access) {
        this.quantConnect = quantConnect;
        this.gateway = gateway;
        this.access = access;
    }

    public static LiveOpsCore start(BotConfig config, Clock clock, Pause pause) {
        QuantConnectClient quantConnect = QuantConnectClient.builder()
                .baseUrl(config.quantconnect().baseUrl())
                .credentials(new QuantConnectCredentials(config.quantconnect().userId(),
                        config.quantconnect().apiToken()))
                .timeouts(new Timeouts(config.quantconnect().timeouts().connect(),
                        config.quantconnect().timeouts().read(), config.quantconnect().timeouts().call()))
                .build();
        Database database = Database.open(config.store().url());
        AccessPolicy access = AccessFromConfig.policy(config.access());
        CommandGateway gateway = new CommandGateway(quantConnect, access, new JdbcAuditLog(database),
                new JdbcPendingActionStore(database), new JdbcSubscriptionStore(database), rules(config), clock,
                pause);
        return new LiveOpsCore(quantConnect, gateway, access);
    }

    public CommandGateway gateway() {
        return gateway;
    }

    public AccessPolicy access() {
        return access;
    }

    private static ActionRules rules(BotConfig config) {
        Map<String, BrokerageSettings> brokerages = new LinkedHashMap<>();
        config.brokerages().forEach((name, profile) -> brokerages.put(name, brokerage(profile)));
        Set<CommandName> needApproval = config.actions().requireApproval().stream()
                .map(word -> CommandName.fromWord(word).orElseThrow()).collect(Collectors.toSet());
        return new ActionRules(config.actions().confirmationTtl(), config.actions().approvalTtl(), needApproval,
                brokerages, config.defaultBrokerage());
    }

    /** Brokerage credentials stay {@link Secret}s all the way to the request body. */
    private static BrokerageSettings brokerage(BrokerageProfile profile) {
        Map<String, Secret> settings = new HashMap<>();
        profile.settings().plain().forEach((key, value) -> settings.put(key, Secret.of(value)));
        settings.putAll(profile.settings().secrets());
        return new BrokerageSettings(profile.id(), settings,
                profile.cash().stream().map(cash -> new CashAmount(cash.currency(), cash.amount())).toList());
    }

    @Override
    public void close() {
        quantConnect.close();
    }
}
