package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.app.Operations;
import dev.liveops.console.ChartFiles;
import dev.liveops.console.ConsolePoster;
import dev.liveops.console.ConsoleSession;
import dev.liveops.time.Pause;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Starts a console session on the launch's terminal, with the watcher running and console notifications printed
 * between commands, after finishing any action a previous run left half done.
 */
final class ConsoleRunner {
    /** How long piped input waits, after its last line, for the outcomes of the actions it sent. */
    static final Duration OUTCOME_WAIT = Duration.ofSeconds(10);

    private ConsoleRunner() {
    }

    static void banner(Launch launch, String who, Operations operations) {
        launch.out().println("LiveOps console. " + who);
        operations.describe().ifPresent(launch.out()::println);
        launch.out().println("Type a /live command without the /live (list, read momentum, liquidate momentum, "
                + "help); 'yes' confirms, 'exit' quits. Logs go to " + launch.logFile() + ".");
        launch.out().println();
    }

    static int run(LiveOpsCore core, Caller caller, Launch launch) throws Exception {
        ChartFiles charts = new ChartFiles(launch.dataFolder().resolve("charts"));
        core.serve(List.of(new ConsolePoster(launch.out(), charts)));
        BufferedReader in = new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8));
        new ConsoleSession(core.gateway(), caller, charts).run(in, launch.out(), launch.interactive());
        // A pipe ends at once; a person at a terminal would have seen the outcomes arrive, so the pipe waits too.
        if (!launch.interactive()
                && !new Settling(Clock.systemUTC(), Pause.sleeping()).await(core::notificationsUnderway, OUTCOME_WAIT)) {
            launch.out().println("[!] Stopped waiting after " + OUTCOME_WAIT.toSeconds() + " s for QuantConnect to "
                    + "show the outcome of what was sent; read the project to see where it stands.");
        }
        return 0;
    }
}
