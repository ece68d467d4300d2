package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.app.Operations;
import dev.liveops.config.BotConfig;
import dev.liveops.time.Pause;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The console against a real config, as the config user the operating-system user at the terminal is. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Run /live commands from a terminal or a pipe, against a real config.")
public final class ConsoleCommand implements Callable<Integer> {
    private final Launch launch;

    @Mixin
    ConfigOption config;

    @Mixin
    OpsPortOption ops;

    @Option(names = "--as", paramLabel = "NAME",
            description = "Optional: the name of the access.users entry whose consoleUser is your "
                    + "operating-system user; any other name is refused.")
    String as;

    public ConsoleCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws Exception {
        BotConfig loaded;
        try (LogOutput early = LogOutput.standardError(launch)) {
            loaded = config.load(launch.env());
        }
        Caller caller = ConsoleIdentity.resolve(loaded.access(), launch.osUser(), Optional.ofNullable(as));
        try (LogOutput logs = LogOutput.toFile(launch.logFile(), launch.env(), loaded.logging());
             Operations operations = ops.operations(loaded.ops());
             LiveOpsCore core = LiveOpsCore.start(loaded, Clock.systemUTC(), Pause.sleeping(),
                     LiveOpsCore.STEP, operations.observers())) {
            operations.open(core);
            List<String> roles = core.access().rolesOf(caller).stream().map(role -> role.name()).toList();
            ConsoleRunner.banner(launch, "QuantConnect at " + withoutSecrets(loaded.quantconnect().baseUrl())
                    + ", acting as " + caller.displayName() + " (operating-system user '" + caller.userId() + "', "
                    + (roles.isEmpty() ? "no roles" : "roles: " + String.join(", ", roles)) + ").", operations);
            return ConsoleRunner.run(core, caller, launch);
        }
    }

    /** Scheme, host, port and path: user-info and query may hold credentials, and a banner is often shared. */
    static String withoutSecrets(String baseUrl) {
        try {
            URI uri = new URI(baseUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "an address that is not a URL";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (URISyntaxException unreadable) {
            return "an address that is not a URL";
        }
    }
}
