package dev.liveops;

import dev.liveops.cli.CheckCommand;
import dev.liveops.cli.ConsoleCommand;
import dev.liveops.cli.DemoCommand;
import dev.liveops.cli.SandboxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar liveops.jar [command]}; with no command, the offline demo. */
@Command(name = "liveops", mixinStandardHelpOptions = true, version = "LiveOps 0.1.0",
        description = "Chat-ops for QuantConnect live algorithms.",
        subcommands = {DemoCommand.class, ConsoleCommand.class, SandboxCommand.class, CheckCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** No command given: the offline demo, so a fresh clone works with no account and no config. */
    @Override
    public void run() {
        new CommandLine(new DemoCommand()).execute();
    }
}
