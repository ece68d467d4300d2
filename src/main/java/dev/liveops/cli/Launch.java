package dev.liveops.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs with: the terminal, the operating-system user at it, the environment that fills the config's
 * {@code ${VAR}}s, and the folder for the log and the demo's store. Passed in, never read from statics, so that a test
 * can be a different user in its own folder.
 *
 * @param osUser      who is at the terminal: the console acts only as a config user whose consoleUser this is
 * @param interactive a person types at a terminal (a prompt is shown); false for a pipe
 */
public record Launch(InputStream in, PrintStream out, PrintStream err, boolean interactive, String osUser,
                     Map<String, String> env, Path dataFolder) {
    public Launch {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(osUser, "osUser");
        env = Map.copyOf(env);
        Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /** This process: its stdin and stdout, {@code user.name}, its environment, {@code data/}. */
    public static Launch system() {
        return new Launch(System.in, System.out, System.err, System.console() != null,
                System.getProperty("user.name", ""), System.getenv(), Path.of("data"));
    }

    /** Never the environment: it holds the tokens. */
    @Override
    public String toString() {
        return "Launch[osUser=" + osUser + ", interactive=" + interactive + ", dataFolder=" + dataFolder + "]";
    }

    Path logFile() {
        return dataFolder.resolve("liveops.log");
    }
}
