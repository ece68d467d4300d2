package dev.liveops.cli;

import dev.liveops.access.Caller;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.console.ConsolePoster;
import dev.liveops.console.ConsoleSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Starts a console session on stdin/stdout, with the watcher running and console notifications printed between
 * commands, after finishing any action a previous run left half done.
 */
final class ConsoleRunner {
    private ConsoleRunner() {
    }

    static void banner(PrintStream out, String who) {
        out.println("LiveOps console. " + who);
        out.println("Type a /live command without the /live (list, read momentum, liquidate momentum, help); "
                + "'yes' confirms, 'exit' quits. Logs go to " + ConsoleLogging.FILE + ".");
        out.println();
    }

    static int run(LiveOpsCore core, Caller caller) throws Exception {
        core.recoverUnfinishedActions();
        core.serve(List.of(new ConsolePoster(System.out)));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ConsoleSession(core.gateway(), caller).run(in, System.out, System.console() != null);
        return 0;
    }
}
