package dev.liveops.cli;

import dev.liveops.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@link Main} as a user at a terminal would, with a pipe for stdin and both outputs captured. */
record Terminal(String osUser, Map<String, String> env, Path dataFolder) {
    static Terminal in(Path dataFolder) {
        return new Terminal("tester", Map.of(), dataFolder);
    }

    Result run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new Launch(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), outStream,
                    errStream, false, osUser, env, dataFolder), args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
    }
}
