package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.config.ConfigLoader;
import dev.liveops.reply.Reply;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.time.Pause;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core as {@code run} builds it from a config: a person the config names is named so in replies and the audit,
 * whatever their Slack handle or Discord nickname; someone the config does not know keeps the platform's name.
 */
class ConfiguredNamesTest {
    @TempDir
    Path folder;

    private QuantConnectSandbox sandbox;
    private LiveOpsCore core;

    @BeforeEach
    void setUp() {
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        String config = """
                {
                  "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                  "store": {"url": "jdbc:sqlite:%s"},
                  "access": {
                    "users": [
                      {"name": "Tess Tester", "roles": ["admin"], "slackUserIds": ["U0TESS"],
                       "discordUserIds": ["223344556677889900"]}
                    ]
                  }
                }
                """.formatted(sandbox.userId(), sandbox.baseUrl(), folder.resolve("names.db"));
        core = LiveOpsCore.start(new ConfigLoader(Map.of("QC_TOKEN", sandbox.apiToken())).parse(config, "test"),
                Clock.systemUTC(), Pause.sleeping());
    }

    @AfterEach
    void tearDown() {
        core.close();
        sandbox.close();
    }

    @Test
    void slackAndDiscordShowTheConfigsNameNotTheHandle() {
        Caller onSlack = new Caller(Platform.SLACK, "U0TESS", "tester", Set.of(), "C0OPS");
        Caller onDiscord = new Caller(Platform.DISCORD, "223344556677889900", "tess_the_nick", Set.of(), "5566");

        Reply whoami = core.gateway().handle(onSlack, "whoami");
        core.gateway().handle(onDiscord, "read momentum");
        Reply audit = core.gateway().handle(onSlack, "audit");

        assertThat(whoami.title()).isEqualTo("Tess Tester (slack:U0TESS)");
        assertThat(audit.table().orElseThrow().rows()).extracting(row -> row.get(1))
                .contains("Tess Tester (slack:U0TESS)", "Tess Tester (discord:223344556677889900)")
                .noneMatch(name -> name.contains("tester") || name.contains("tess_the_nick"));
    }

    @Test
    void someoneTheConfigDoesNotNameKeepsThePlatformsName() {
        Reply whoami = core.gateway().handle(new Caller(Platform.SLACK, "U0GUEST", "guest", Set.of(), "C0OPS"),
                "whoami");

        assertThat(whoami.title()).isEqualTo("guest (slack:U0GUEST)");
    }
}
