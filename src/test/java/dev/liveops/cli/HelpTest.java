package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help on every command answers with its usage and exit code 0, without running or asking for anything. */
class HelpTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "console", "check", "sandbox", "demo", "health"})
    void everyCommandHasHelp(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

        Terminal.Result result = Terminal.in(folder).run("", args);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: liveops" + (command.isEmpty() ? "" : " " + command))
                .doesNotContain("null");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "console", "check"})
    void theConfigOptionNamesTheVariablesSecretsComeFrom(String command) {
        Terminal.Result result = Terminal.in(folder).run("", command, "-h");

        assertThat(result.out()).contains("secrets").contains("${ENV_VAR}s").doesNotContain("nulls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "console", "check", "sandbox", "demo", "health"})
    void everyCommandHasTheVersion(String command) {
        Terminal.Result result = Terminal.in(folder).run("", command, "--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("LiveOps ");
    }
}
