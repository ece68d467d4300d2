package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline demo as README tells a new user to start it: {@code java -jar liveops.jar}, input piped. */
class DemoTest {
    @TempDir
    Path folder;

    @Test
    void pipedInputEndsOnlyAfterTheLiquidationsOutcomeIsShown() {
        Terminal.Result result = Terminal.in(folder).run("liquidate momentum\nyes\n");

        Matcher code = Pattern.compile("Liquidation sent: Live/Momentum[\\s\\S]*?Code ([A-Z0-9]{6})")
                .matcher(result.out());
        assertThat(code.find()).as(result.out()).isTrue();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("[notification] [ok] Live/Momentum is Liquidated")
                .contains("Action: liquidate " + code.group(1)).doesNotContain("Stopped waiting");
    }

    @Test
    void theDemoSendsTheReadmesAlgorithmCommands() {
        Terminal.Result result = Terminal.in(folder).run("command momentum risk-off\ncommand momentum flatten\nyes\n"
                + "portfolio momentum\n");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Command sent: risk-off to Live/Momentum")
                .contains("Command sent: Live/Momentum").contains("No open holdings.");
    }

    @Test
    void eachRunStartsFromAnEmptyStore() {
        Terminal terminal = Terminal.in(folder);
        terminal.run("read meanreversion\nliquidate momentum\n");

        Terminal.Result second = terminal.run("audit\n");

        assertThat(second.out()).contains("Nothing recorded yet.").doesNotContain("meanreversion")
                .doesNotContain("[notification]");
    }

    @Test
    void aStartUpFailureOnTheDefaultPathIsOneSentence() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("data"), "a file where the data folder should be");

        Terminal.Result result = Terminal.in(notAFolder).run("list\n");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("The demo could not empty its store " + notAFolder.resolve(
                "liveops-demo.db")).hasLineCount(1).doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theDemoEmptiesOnlyItsOwnStoreNeverAFileItIsGiven() throws IOException {
        Path precious = Files.writeString(folder.resolve("liveops.db"), "someone's real audit trail");

        Terminal.Result result = Terminal.in(folder.resolve("data")).run("list\n", "demo", "--store",
                precious.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown options: '--store'");
        assertThat(precious).hasContent("someone's real audit trail");
    }
}
