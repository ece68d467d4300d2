package dev.liveops.store;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.LiveOpsCore;
import dev.liveops.config.ConfigLoader;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.testing.PostgresServer;
import dev.liveops.testing.TestCore;
import dev.liveops.time.Pause;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole core over a real PostgreSQL: a command runs end to end, and once, as it does on SQLite. */
class CoreOnPostgresTest {
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");

    @Test
    void aStopIsConfirmedExecutedOnceAndAuditedOnPostgres() {
        try (TestCore core = TestCore.builder().postgres().user(Platform.DISCORD, "200", "trader").build()) {
            Reply preview = core.gateway().handle(TRADER, "stop momentum");
            Reply result = core.gateway().handle(TRADER, "confirm " + confirmCode(preview));
            core.restart();
            Reply again = core.newGateway().handle(TRADER, "confirm " + confirmCode(preview));

            assertThat(result.severity()).isEqualTo(Severity.SUCCESS);
            assertThat(again.severity()).isNotEqualTo(Severity.SUCCESS);
            verify(core.live(), times(1)).stop(MOMENTUM);
            assertThat(core.stores().auditLog().recent(Optional.of((long) MOMENTUM), 20)).extracting(AuditEntry::step)
                    .contains(AuditStep.REQUESTED, AuditStep.CONFIRMED);
        }
    }

    @Test
    void liveOpsCoreOpensAPostgresStoreWithTheLoginFromTheEnvironment() {
        PostgresServer server = PostgresServer.shared();
        String url = server.createDatabase();
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).build().start()) {
            String config = """
                    {
                      "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                      "store": {"url": "%s", "user": "${DB_USER}", "password": "${DB_PASSWORD}"},
                      "access": {"users": [{"name": "Tom", "roles": ["trader"], "discordUserIds": ["200"]}]}
                    }
                    """.formatted(sandbox.userId(), sandbox.baseUrl(), url.replaceFirst("\\?.*$", ""));
            Map<String, String> env = Map.of("QC_TOKEN", sandbox.apiToken(), "DB_USER", "postgres",
                    "DB_PASSWORD", "unused-by-trust-auth");
            try (LiveOpsCore core = LiveOpsCore.start(new ConfigLoader(env).parse(config, "test"),
                    Clock.systemUTC(), Pause.sleeping())) {
                Reply whoami = core.gateway().handle(TRADER, "whoami");
                Reply list = core.gateway().handle(TRADER, "list");

                assertThat(whoami.title()).isEqualTo("Tom (discord:200)");
                assertThat(list.severity()).isNotEqualTo(Severity.ERROR);
            }
            try (Database database = Database.open(url)) {
                assertThat(new JdbcAuditLog(database).recent(Optional.empty(), 10)).extracting(AuditEntry::command)
                        .containsExactly("list", "whoami");
            }
        } finally {
            server.dropDatabase(url);
        }
    }
}
