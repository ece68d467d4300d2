package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.sandbox.QuantConnectSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code console} through Main, as people at a shared terminal would run it against the sandbox: who the console
 * acts as comes from the operating-system user and the config, never from {@code --as} alone.
 */
class ConsoleCommandTest {
    private static final String TOKEN_VARIABLE = "QC_TOKEN";

    @TempDir
    Path folder;

    private QuantConnectSandbox sandbox;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        config = writeConfig(sandbox.baseUrl());
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void theConsoleIsTheConfigUserOfTheOperatingSystemUser() {
        Terminal.Result result = as("victor").run("whoami\n", "console", "-c", config.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("acting as Victor Viewer (operating-system user 'victor', roles: viewer)")
                .contains("Victor Viewer (console:victor)").contains("Roles: viewer");
    }

    @Test
    void asChoosesOnlyAmongTheConfigUsersOfTheOperatingSystemUser() {
        Terminal.Result borrowed = as("victor").run("stop momentum\n", "console", "-c", config.toString(), "--as",
                "Alice Smith");
        Terminal.Result unknown = as("victor").run("list\n", "console", "-c", config.toString(), "--as",
                "mallory\nforged");

        assertThat(borrowed.exit()).isEqualTo(2);
        assertThat(borrowed.err().strip()).isEqualTo("The console cannot act as 'Alice Smith': no entry of "
                + "access.users with that name has \"consoleUser\": \"victor\", the operating-system user running it.");
        assertThat(borrowed.out()).isEmpty();
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("The console cannot act as 'mallory\\nforged'").hasLineCount(1);
        assertThat(folder.resolve("liveops.log")).doesNotExist();
    }

    @Test
    void anUnmappedOperatingSystemUserIsToldWhatToDo() {
        Terminal.Result unmapped = as("mallory").run("list\n", "console", "-c", config.toString());

        assertThat(unmapped.exit()).isEqualTo(2);
        assertThat(unmapped.err().strip()).isEqualTo("Operating-system user 'mallory' is no console user: give your "
                + "entry in access.users \"consoleUser\": \"mallory\".");
        assertThat(unmapped.out()).isEmpty();
    }

    @Test
    void oneOperatingSystemUserCannotApproveItsOwnStopUnderAnotherName() {
        Terminal alice = as("alice");
        Terminal.Result requested = alice.run("stop momentum\nyes\n", "console", "-c", config.toString(), "--as",
                "Alice Smith");
        String code = code(requested.out());

        Terminal.Result asTess = alice.run("approve " + code + "\n", "console", "-c", config.toString(), "--as",
                "Tess Trader");
        Terminal.Result asHerself = alice.run("approve " + code + "\nread momentum\n", "console", "-c",
                config.toString());

        assertThat(requested.out()).contains("Waiting for approval: stop Live/Momentum")
                .contains("Confirmed by Alice Smith (console:alice)");
        assertThat(asTess.exit()).isEqualTo(2);
        assertThat(asTess.err()).startsWith("The console cannot act as 'Tess Trader'");
        assertThat(asHerself.out()).contains("You requested this stop; a second person must approve it.")
                .contains("Live/Momentum: Running").doesNotContain("Stop sent");
    }

    @Test
    void theSecondPersonApprovesFromTheirOwnOperatingSystemUser() {
        String code = code(as("alice").run("stop momentum\nyes\n", "console", "-c", config.toString()).out());

        Terminal.Result approved = as("tess").run("approve " + code + "\n", "console", "-c", config.toString());

        assertThat(approved.out()).contains("approved by Tess Trader (console:tess)");
    }

    @Test
    void theBannerShowsWhereQuantConnectIsWithoutCredentials() throws IOException {
        String address = sandbox.baseUrl().replace("://", "://qcuser:pa55word@") + "?token=s3cr3t#frag";
        config = writeConfig(address);

        Terminal.Result result = as("victor").run("", "console", "-c", config.toString());

        assertThat(result.out()).contains("QuantConnect at " + sandbox.baseUrl() + ", acting as Victor Viewer")
                .doesNotContain("pa55word").doesNotContain("qcuser").doesNotContain("s3cr3t")
                .doesNotContain("frag");
    }

    @Test
    void aStoreThatCannotBeOpenedIsOneSentence() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "");
        Files.writeString(config, Files.readString(config).replace(folder.resolve("console.db").toString(),
                notAFolder.resolve("console.db").toString()));

        Terminal.Result result = as("victor").run("list\n", "console", "-c", config.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("Cannot create the folder " + notAFolder + " for the store")
                .hasLineCount(1).doesNotContain("Exception");
    }

    private Terminal as(String osUser) {
        return new Terminal(osUser, Map.of(TOKEN_VARIABLE, sandbox.apiToken()), folder);
    }

    private Path writeConfig(String baseUrl) throws IOException {
        Path file = folder.resolve("bot-config.json");
        Files.writeString(file, """
                {
                  "quantconnect": {"userId": "%s", "apiToken": "${%s}", "baseUrl": "%s"},
                  "store": {"url": "jdbc:sqlite:%s"},
                  "actions": {"requireApproval": ["stop"]},
                  "access": {
                    "users": [
                      {"name": "Alice Smith", "roles": ["admin"], "consoleUser": "alice"},
                      {"name": "Tess Trader", "roles": ["admin"], "consoleUser": "tess"},
                      {"name": "Victor Viewer", "roles": ["viewer"], "consoleUser": "victor"}
                    ]
                  }
                }
                """.formatted(sandbox.userId(), TOKEN_VARIABLE, baseUrl, folder.resolve("console.db")));
        return file;
    }

    private static String code(String out) {
        Matcher matcher = Pattern.compile("approve ([A-Z0-9]{6})").matcher(out);
        assertThat(matcher.find()).as("an approve code in:\n" + out).isTrue();
        return matcher.group(1);
    }
}
