package dev.liveops.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.command.CommandGateway;
import dev.liveops.testing.TestCore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scripted console session, as a user would pipe it, against the sandbox over HTTP and a real store. */
class ConsoleEndToEndTest {
    private TestCore core;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        start(team());
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    /** alice administers, victor views, carol administers Live/Crypto* only. */
    private static TestCore.Builder team() {
        return TestCore.builder().role("crypto-desk", RoleCatalog.ADMIN, "Live/Crypto*")
                .user(Platform.CONSOLE, "alice", "admin").user(Platform.CONSOLE, "victor", "viewer")
                .user(Platform.CONSOLE, "carol", "crypto-desk");
    }

    private void start(TestCore.Builder builder) {
        if (core != null) {
            core.close();
        }
        core = builder.build();
        gateway = core.gateway();
    }

    @Test
    void listReadDeployLiquidateAndAudit() throws Exception {
        String out = run("alice", """
                list Running
                read momentum
                deploy pairs
                yes
                liquidate /live/momentum
                yes
                list
                audit 20
                """);

        assertThat(section(out, "list Running")).contains("Running deployments (2)")
                .contains("Live/Momentum (23456789)").contains("Live/MeanReversion (23461204)");
        assertThat(section(out, "read momentum")).contains("[ok] Live/Momentum: Running")
                .contains("Brokerage: InteractiveBrokersBrokerage");
        assertThat(section(out, "deploy pairs")).contains("Deploy Research/PairsTrading live?")
                .contains("Brokerage profile: paper (QuantConnectBrokerage)").contains("Compile id:");
        assertThat(answerAfter(out, "deploy pairs")).contains("[ok] Deployment created: Research/PairsTrading")
                .contains("QuantConnect now reports Research/PairsTrading as InQueue");
        assertThat(section(out, "liquidate /live/momentum")).contains("Liquidate Live/Momentum?").contains("NVDA");
        assertThat(answerAfter(out, "liquidate /live/momentum")).contains("[ok] Liquidation sent: Live/Momentum");
        assertThat(section(out, "list")).containsPattern("Live/Momentum \\(23456789\\) +Liquidated")
                .containsPattern("Research/PairsTrading \\(23489377\\) +InQueue");
        String audit = section(out, "audit 20");
        assertThat(audit).contains("alice (console:alice)").contains("EXECUTED").contains("CONFIRMED")
                .contains("REQUESTED").contains("liquidate /live/momentum").contains("deploy pairs");
    }

    @Test
    void theLiquidatePromptIsAWarningNotAnError() throws Exception {
        String out = run("alice", "liquidate momentum\nno\n");

        assertThat(section(out, "liquidate momentum")).startsWith("[!] Liquidate Live/Momentum?")
                .doesNotContain("[error]");
    }

    @Test
    void helpWrapsLongUsagesWithinTheirColumnAndCutsNothing() throws Exception {
        String help = section(run("victor", "help\n"), "help");

        assertThat(help).doesNotContain("…").doesNotContain("<id|name>]...");
        List<String> lines = help.lines().toList();
        int deploy = lines.indexOf(lines.stream().filter(line -> line.contains("/live deploy")).findFirst()
                .orElseThrow());
        int column = lines.get(deploy).indexOf("/live deploy");
        assertThat(lines.get(deploy)).contains("/live deploy <project> [--node <id|name>]");
        assertThat(lines.get(deploy + 1).substring(column)).startsWith("[--brokerage <profile>]");
        assertThat(help).contains("(30m, 2h, 1d); off ends it.");
    }

    @Test
    void aViewerIsRefusedAndToldWhy() throws Exception {
        String out = run("victor", "stop momentum\nwhoami\n");

        assertThat(section(out, "stop momentum"))
                .contains("[error] Your roles (viewer) do not allow /live stop.");
        assertThat(section(out, "whoami")).contains("Roles: viewer");
    }

    @Test
    void aRoleScopedToSomeProjectsSeesNothingOfTheOthers() throws Exception {
        run("alice", "read momentum\nstop momentum\n");

        String out = run("carol", "list\nread momentum\nread momentu\nread crypto\naudit\naudit momentum\n");

        assertThat(section(out, "list")).contains("Live/CryptoBasis").doesNotContain("Momentum");
        assertThat(section(out, "read momentum")).contains("There is no project 'momentum'.");
        assertThat(section(out, "read momentu")).doesNotContain("Live/Momentum");
        assertThat(section(out, "read crypto")).contains("Live/CryptoBasis");
        assertThat(section(out, "audit")).contains("carol").doesNotContain("Momentum").doesNotContain("alice");
        assertThat(section(out, "audit momentum")).contains("There is no project 'momentum'.");
    }

    @Test
    void anUnknownUserCanOnlyAskForHelp() throws Exception {
        String out = run("mallory", "list\nhelp\n");

        assertThat(section(out, "list")).contains("You have no LiveOps role, so you can only run /live help and "
                + "/live whoami");
        assertThat(section(out, "help")).contains("LiveOps commands");
    }

    @Test
    void aBrokenBuildShowsTheCompilerOutput() throws Exception {
        String out = run("alice", "deploy brokenbuild\n");

        assertThat(section(out, "deploy brokenbuild")).contains("Live/BrokenBuild does not compile")
                .contains("CS0103");
    }

    @Test
    void quantConnectErrorsAreOneSentenceNotAStackTrace() throws Exception {
        core.sandbox().faults().failNextCalls(5, 503);

        String out = run("alice", "list\n");

        assertThat(section(out, "list")).contains("[error] QuantConnect's live/list failed: it answered HTTP 503.")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWrongTokenSaysWhatToCheck() throws Exception {
        start(team().apiToken("wrong-token"));

        String out = run("alice", "list\n");

        assertThat(section(out, "list")).contains("QuantConnect refused LiveOps' credentials: check "
                + "quantconnect.userId and quantconnect.apiToken").doesNotContain("wrong-token");
    }

    private String run(String user, String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new ConsoleSession(gateway, new Caller(Platform.CONSOLE, user, user, Set.of(), "console"))
                    .run(new BufferedReader(new StringReader(script)), out, false);
        }
        core.clock().advance(Duration.ofSeconds(1));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The output printed for one command line (up to the next echoed command). */
    private static String section(String out, String command) {
        Matcher matcher = Pattern.compile("(?ms)^> " + Pattern.quote(command) + "\\n(.*?)(?=^> |\\z)").matcher(out);
        if (!matcher.find()) {
            throw new AssertionError("no output for '" + command + "' in:\n" + out);
        }
        return matcher.group(1);
    }

    /** The output of the "yes" that answered a command. */
    private static String answerAfter(String out, String command) {
        int at = out.indexOf("> " + command + "\n");
        return section(out.substring(at + command.length() + 3), "yes");
    }
}
