package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.config.ConfigLoader;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.time.Pause;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root gives pnl and digest their stores, and the config's digests their channels. */
class EquityWiringTest {
    private static final Caller TOM = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "556677");

    @Test
    void pnlAndDigestAnswerFromTheConfiguredStore(@TempDir Path folder) {
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).build().start()) {
            String config = """
                    {
                      "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                      "store": {"url": "jdbc:sqlite:%s"},
                      "notifications": {"equitySnapshotMinutes": 5, "digests": [{"platform": "discord",
                        "channel": "556677", "schedule": "weekly", "day": "friday", "time": "18:00",
                        "zone": "America/New_York", "project": "Live/*"}]},
                      "access": {"users": [{"name": "Tom", "roles": ["admin"], "discordUserIds": ["200"]}]}
                    }
                    """.formatted(sandbox.userId(), sandbox.baseUrl(), folder.resolve("liveops.db"));
            try (LiveOpsCore core = LiveOpsCore.start(new ConfigLoader(Map.of("QC_TOKEN", sandbox.apiToken()))
                    .parse(config, "test"), Clock.systemUTC(), Pause.sleeping())) {
                assertThat(core.gateway().handle(TOM, "digest").text()).isEqualTo("This channel's digest is set in "
                        + "the config: weekly on Friday at 18:00 America/New_York, projects matching Live/*.");
                assertThat(core.gateway().handle(TOM, "pnl week").title())
                        .isEqualTo("P&L of all projects you may see, last week");
            }
        }
    }
}
