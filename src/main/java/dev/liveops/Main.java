package dev.liveops;

import dev.liveops.cli.CheckCommand;
import dev.liveops.cli.ConsoleCommand;
import dev.liveops.cli.DemoCommand;
import dev.liveops.cli.SandboxCommand;
import dev.liveops.cli.RunCommand;
import dev.liveops.config.ConfigException;
import dev.liveops.discord.DiscordStartException;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.slack.SlackStartupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar liveops.jar [command]}; with no command, the offline demo. */
@Command(name = "liveops", mixinStandardHelpOptions = true, version = "LiveOps 0.1.0",
        description = "Chat-ops for QuantConnect live algorithms.",
        subcommands = {DemoCommand.class, RunCommand.class, ConsoleCommand.class, SandboxCommand.class,
                CheckCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setExecutionExceptionHandler(Main::explain).execute(args));
    }

    /** What a user can act on (a bad config, QuantConnect refusing) is one sentence, not a stack trace. */
    private static int explain(Exception failure, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (failure instanceof ConfigException || failure instanceof QuantConnectException
                || failure instanceof DiscordStartException || failure instanceof SlackStartupException) {
            command.getErr().println(failure.getMessage());
            return 2;
        }
        throw failure;
    }

    /** No command given: the offline demo, so a fresh clone works with no account and no config. */
    @Override
    public void run() {
        new CommandLine(new DemoCommand()).execute();
    }
}
