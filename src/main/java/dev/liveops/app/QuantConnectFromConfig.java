package dev.liveops.app;

import dev.liveops.config.QuantConnectConfig;
import dev.liveops.quantconnect.CallObserver;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectCredentials;
import dev.liveops.quantconnect.Timeouts;

/** The QuantConnect client as the config sets it up: address, credentials, timeouts and organization, for every command alike. */
public final class QuantConnectFromConfig {
    private QuantConnectFromConfig() {
    }

    public static QuantConnectClient client(QuantConnectConfig config) {
        return client(config, CallObserver.NONE);
    }

    /** @param observer told of every request sent, for metrics */
    public static QuantConnectClient client(QuantConnectConfig config, CallObserver observer) {
        return QuantConnectClient.builder()
                .observer(observer)
                .baseUrl(config.baseUrl())
                .credentials(new QuantConnectCredentials(config.userId(), config.apiToken()))
                .timeouts(new Timeouts(config.timeouts().connect(), config.timeouts().read(),
                        config.timeouts().call()))
                .organizationId(config.organizationId())
                .build();
    }
}
