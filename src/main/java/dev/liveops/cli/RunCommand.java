package dev.liveops.cli;

import dev.liveops.app.LiveOpsCore;
import dev.liveops.app.Operations;
import dev.liveops.ops.CoreChecks;
import dev.liveops.time.Pause;
import dev.liveops.config.BotConfig;
import dev.liveops.discord.DiscordBot;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.slack.SlackBot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The bot itself: Discord and Slack as the config sets them up, one core and one watcher behind both. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Serve /live on Discord and/or Slack as configured, and watch QuantConnect.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final Launch launch;

    @Mixin
    ConfigOption config;

    @Mixin
    OpsPortOption ops;

    public RunCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws Exception {
        try (LogOutput logs = LogOutput.standardError(launch)) {
            return serve(logs);
        }
    }

    private int serve(LogOutput logs) throws Exception {
        BotConfig loaded = config.load(launch.env());
        logs.follow(loaded.logging());
        if (loaded.discord().isEmpty() && loaded.slack().isEmpty()) {
            launch.err().println(config.file + " sets up neither discord nor slack; add one, or try the config from a "
                    + "terminal with: console --config " + config.file + " --as <consoleUser>");
            return 2;
        }
        Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            closeAll(running);
            stopped.countDown();
        }, "liveops-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        Optional<String> opsLine;
        LiveOpsCore core;
        try {
            Operations operations = ops.operations(loaded.ops());
            running.push(operations);
            core = LiveOpsCore.start(loaded, Clock.systemUTC(), Pause.sleeping(), LiveOpsCore.STEP,
                    operations.observers());
            running.push(core);
            operations.open(core);
            // Leader or standby is settled before any platform takes commands (a new leader first finishes what
            // its predecessor left half done).
            core.lead();
            List<ChannelPoster> posters = new ArrayList<>();
            if (loaded.slack().isPresent()) {
                SlackBot slack = SlackBot.start(loaded.slack().get(), core.gateway(),
                        loaded.access().slackUserGroups().keySet(), operations.observers().notifications(),
                        loaded.limits());
                running.push(slack);
                posters.add(slack.poster());
                operations.require(CoreChecks.chat("slack", slack::started,
                        () -> slack.started() ? "started" : "stopped"));
            }
            if (loaded.discord().isPresent()) {
                LeaderOnlyConnection<DiscordBot> discord = new LeaderOnlyConnection<>("Discord",
                        () -> DiscordBot.start(loaded.discord().get(), core.gateway(), loaded.limits()),
                        DiscordBot::poster, core::addPoster, Clock.systemUTC(), Pause.sleeping());
                running.push(discord);
                LiveOpsCore leading = core;
                // Only the leader holds Discord: a standby is ready without it.
                operations.require(CoreChecks.chat("discord",
                        () -> !leading.leadership().isLeader() || discord.connected(),
                        () -> !leading.leadership().isLeader() ? "held by the leader"
                                : discord.connected() ? "connected" : "connecting"));
                core.leadership().addListener(discord);
                if (core.leadership().isLeader()) {
                    discord.connectNow();
                }
            }
            core.serve(posters);
            running.push(core::stopServing);
            opsLine = operations.describe();
        } catch (RuntimeException startFailed) {
            closeAll(running);
            throw startFailed;
        }
        List<String> platforms = new ArrayList<>();
        loaded.discord().ifPresent(discord -> platforms.add("Discord"));
        loaded.slack().ifPresent(slack -> platforms.add("Slack (" + slack.mode().name().toLowerCase(Locale.ROOT)
                + " mode)"));
        String serving = String.join(" and ", platforms);
        // Before the serving line, which is what a watching script waits for.
        opsLine.ifPresent(launch.out()::println);
        launch.out().println("LiveOps is serving /live on " + serving + ", watching QuantConnect every "
                + loaded.notifications().pollSeconds() + " s while it leads the processes on its store ("
                + role(core) + "). Ctrl-C stops it.");
        launch.out().flush();
        log.info("LiveOps serving {}", serving);
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            // Stopped from inside the JVM (a program embedding LiveOps, a test) instead of by a signal: same order.
            Runtime.getRuntime().removeShutdownHook(shutdown);
            closeAll(running);
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String role(LiveOpsCore core) {
        if (core.leadership().isLeader()) {
            return "this process leads";
        }
        return "standing by" + core.leadership().leader().map(term -> ", " + term.holder() + " leads").orElse("");
    }

    /**
     * Last started, first closed: notifications stop while the chat adapters can still post, then the adapters stop
     * taking commands, then the core goes away.
     */
    private static synchronized void closeAll(Deque<AutoCloseable> running) {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Closing {} failed", next.getClass().getSimpleName(), e);
            }
        }
    }
}
