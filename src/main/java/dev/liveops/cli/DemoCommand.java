package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.app.StartupFailure;
import dev.liveops.app.StoreOpening;
import dev.liveops.config.BotConfig;
import dev.liveops.config.LoggingConfig;
import dev.liveops.config.NotificationsConfig;
import dev.liveops.config.StoreConfig;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.secret.Secret;
import dev.liveops.time.Pause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.liveops.app.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The embedded QuantConnect sandbox and a console acting as its admin: LiveOps with no account at all. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the console against an embedded QuantConnect sandbox (the default).")
public final class DemoCommand implements Callable<Integer> {
    /** The console hears every status change, polled often enough to see a deploy go through its steps. */
    private static final NotificationsConfig DEMO_NOTIFICATIONS = new NotificationsConfig(10, false, 60, 0, Map.of(),
            List.of(new NotificationsConfig.Subscription("console", "console", List.of(), "*", Map.of())));
    /** Outcomes show within a second or two, while the person who asked is still looking. */
    private static final Duration DEMO_STEP = Duration.ofSeconds(1);

    private final Launch launch;

    @Mixin
    OpsPortOption ops;

    public DemoCommand(Launch launch) {
        this(launch, new OpsPortOption());
    }

    /** @param ops the --ops-port given to {@code liveops} itself, which runs the demo when no command is named */
    public DemoCommand(Launch launch, OpsPortOption ops) {
        this.launch = launch;
        this.ops = ops;
    }

    @Override
    public Integer call() throws Exception {
        // The sandbox starts fresh each time; a store remembering an earlier run would report its leftovers as news.
        // The file is the demo's own, never one a user names: emptying it can cost nobody an audit trail.
        Path file = launch.dataFolder().resolve("liveops-demo.db");
        emptied(file);
        StoreConfig store = new StoreConfig("jdbc:sqlite:" + file);
        try (LogOutput logs = LogOutput.toFile(launch.logFile(), launch.env(), LoggingConfig.DEFAULT)) {
            // The store opens while the sandbox starts: neither needs the other.
            StoreOpening opening = StoreOpening.begin(store);
            try (QuantConnectSandbox sandbox = started(opening)) {
                return serve(sandbox, store, opening);
            }
        }
    }

    private Integer serve(QuantConnectSandbox sandbox, StoreConfig store, StoreOpening opening) throws Exception {
        BotConfig demo = BotConfig.forSandbox(sandbox.baseUrl(), sandbox.userId(), Secret.of(sandbox.apiToken()));
        BotConfig config = new BotConfig(demo.quantconnect(), demo.brokerages(), demo.defaultBrokerage(), store,
                demo.actions(), DEMO_NOTIFICATIONS, demo.discord(), demo.slack(), demo.access(), demo.logging(),
                demo.ops(), demo.limits(), demo.commands());
        Operations operations;
        try {
            operations = ops.operations(config.ops());
        } catch (RuntimeException failure) {
            opening.abandon();
            throw failure;
        }
        try (operations;
             LiveOpsCore core = LiveOpsCore.start(config, opening, Clock.systemUTC(), Pause.sleeping(), DEMO_STEP,
                     operations.observers())) {
            operations.open(core);
            ConsoleRunner.banner(launch, "Offline demo: an embedded QuantConnect sandbox at " + sandbox.baseUrl()
                    + " (no real account, no real money). You are 'demo', an admin.", operations);
            return ConsoleRunner.run(core, Caller.console("demo", "demo"), launch);
        }
    }

    private static QuantConnectSandbox started(StoreOpening opening) {
        try {
            return QuantConnectSandbox.builder().port(0).build().start();
        } catch (RuntimeException failure) {
            opening.abandon();
            throw failure;
        }
    }

    /** SQLite keeps a database in up to four files. */
    private static void emptied(Path file) {
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException failure) {
            throw new StartupFailure("The demo could not empty its store " + file + ": " + failure.getMessage()
                    + ".", failure);
        }
    }
}
