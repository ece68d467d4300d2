package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.time.Pause;
import dev.liveops.config.BotConfig;
import dev.liveops.config.NotificationsConfig;
import dev.liveops.config.StoreConfig;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.secret.Secret;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The embedded QuantConnect sandbox and a console acting as its admin: LiveOps with no account at all. */
@Command(name = "demo", description = "Run the console against an embedded QuantConnect sandbox (the default).")
public final class DemoCommand implements Callable<Integer> {
    /** The console hears every status change, polled often enough to see a deploy go through its steps. */
    private static final NotificationsConfig DEMO_NOTIFICATIONS = new NotificationsConfig(10, false, 60, 0, Map.of(),
            List.of(new NotificationsConfig.Subscription("console", "console", List.of(), "*", Map.of())));

    @Option(names = "--store", description = "JDBC URL of the demo's store (default: ${DEFAULT-VALUE}).")
    String store = "jdbc:sqlite:data/liveops-demo.db";

    @Override
    public Integer call() throws Exception {
        ConsoleLogging.toFile();
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).build().start()) {
            BotConfig demo = BotConfig.forSandbox(sandbox.baseUrl(), sandbox.userId(), Secret.of(sandbox.apiToken()));
            BotConfig config = new BotConfig(demo.quantconnect(), demo.brokerages(), demo.defaultBrokerage(),
                    new StoreConfig(store), demo.actions(), DEMO_NOTIFICATIONS, demo.discord(), demo.slack(),
                    demo.access());
            try (LiveOpsCore core = LiveOpsCore.start(config, Clock.systemUTC(), Pause.sleeping())) {
                Caller admin = new Caller(Platform.CONSOLE, "demo", "demo", Set.of(), "console");
                ConsoleRunner.banner(System.out, "Offline demo: an embedded QuantConnect sandbox at "
                        + sandbox.baseUrl() + " (no real account, no real money). You are 'demo', an admin.");
                return ConsoleRunner.run(core, admin);
            }
        }
    }
}
