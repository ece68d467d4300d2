package dev.liveops.cli;

import dev.liveops.app.QuantConnectFromConfig;
import dev.liveops.config.BotConfig;
import dev.liveops.quantconnect.QuantConnectClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates a config and checks its QuantConnect credentials, without starting anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the config and check the QuantConnect credentials.")
public final class CheckCommand implements Callable<Integer> {
    private final Launch launch;

    @Mixin
    ConfigOption config;

    public CheckCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        try (LogOutput logs = LogOutput.standardError(launch)) {
            BotConfig loaded = config.load(launch.env());
            logs.follow(loaded.logging());
            launch.out().println(config.file + " is valid.");
            try (QuantConnectClient client = QuantConnectFromConfig.client(loaded.quantconnect())) {
                client.authenticate();
            }
            launch.out().println("QuantConnect accepted the credentials of user " + loaded.quantconnect().userId()
                    + ".");
            return 0;
        }
    }
}
