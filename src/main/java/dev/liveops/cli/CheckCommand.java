package dev.liveops.cli;

import dev.liveops.config.BotConfig;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectCredentials;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates a config and checks its QuantConnect credentials, without starting anything. */
@Command(name = "check", description = "Validate the config and check the QuantConnect credentials.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        BotConfig loaded = config.load();
        System.out.println(config.file + " is valid.");
        try (QuantConnectClient client = QuantConnectClient.builder().baseUrl(loaded.quantconnect().baseUrl())
                .credentials(new QuantConnectCredentials(loaded.quantconnect().userId(),
                        loaded.quantconnect().apiToken())).build()) {
            client.authenticate();
        }
        System.out.println("QuantConnect accepted the credentials of user " + loaded.quantconnect().userId() + ".");
        return 0;
    }
}
