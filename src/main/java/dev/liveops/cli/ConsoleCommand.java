package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.time.Pause;
import dev.liveops.config.BotConfig;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The console against a real config, as one of its console users. */
@Command(name = "console", description = "Run /live commands from a terminal or a pipe, against a real config.")
public final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--as", required = true, paramLabel = "USER",
            description = "The consoleUser from the config's access.users to act as.")
    String user;

    @Override
    public Integer call() throws Exception {
        BotConfig loaded = config.load();
        ConsoleLogging.toFile();
        try (LiveOpsCore core = LiveOpsCore.start(loaded, Clock.systemUTC(), Pause.sleeping())) {
            Caller caller = new Caller(Platform.CONSOLE, user, user, Set.of(), "console");
            ConsoleRunner.banner(System.out, "QuantConnect at " + loaded.quantconnect().baseUrl() + ", acting as console "
                    + "user '" + user + "' (roles: " + String.join(", ", core.access().rolesOf(caller).stream()
                    .map(role -> role.name()).toList()) + ").");
            return ConsoleRunner.run(core, caller);
        }
    }
}
