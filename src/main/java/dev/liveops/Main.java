package dev.liveops;

import dev.liveops.app.StartupFailure;
import dev.liveops.cli.CheckCommand;
import dev.liveops.cli.ConsoleCommand;
import dev.liveops.cli.DemoCommand;
import dev.liveops.cli.HealthCommand;
import dev.liveops.cli.Launch;
import dev.liveops.cli.OpsPortOption;
import dev.liveops.cli.RunCommand;
import dev.liveops.cli.SandboxCommand;
import dev.liveops.config.ConfigException;
import dev.liveops.discord.DiscordStartException;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.slack.SlackStartupException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -jar liveops.jar [command]}; with no command, the offline demo. */
@Command(name = "liveops", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Chat-ops for QuantConnect live algorithms. With no command, the offline demo.")
public final class Main implements Callable<Integer> {
    static final String VERSION = "LiveOps 0.1.0";

    private final Launch launch;

    @Mixin
    OpsPortOption ops;

    private Main(Launch launch) {
        this.launch = launch;
    }

    public static void main(String[] args) {
        System.exit(run(Launch.system(), args));
    }

    /** Runs one command line on the given terminal, as {@link #main} does; returns the exit code. */
    public static int run(Launch launch, String... args) {
        CommandLine cli = new CommandLine(new Main(launch))
                .addSubcommand(new DemoCommand(launch))
                .addSubcommand(new RunCommand(launch))
                .addSubcommand(new ConsoleCommand(launch))
                .addSubcommand(new SandboxCommand(launch))
                .addSubcommand(new CheckCommand(launch))
                .addSubcommand(new HealthCommand(launch));
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(VERSION));
        cli.setOut(writer(launch.out()));
        cli.setErr(writer(launch.err()));
        cli.setExecutionExceptionHandler(Main::explain);
        return cli.execute(args);
    }

    /** What a user can act on (a bad config, QuantConnect refusing) is one sentence, not a stack trace. */
    private static int explain(Exception failure, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (failure instanceof ConfigException || failure instanceof QuantConnectException
                || failure instanceof DiscordStartException || failure instanceof SlackStartupException
                || failure instanceof StartupFailure) {
            command.getErr().println(failure.getMessage());
            return 2;
        }
        throw failure;
    }

    /** No command given: the offline demo, so a fresh clone works with no account and no config. */
    @Override
    public Integer call() throws Exception {
        return new DemoCommand(launch, ops).call();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
