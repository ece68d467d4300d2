package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.config.ConfigLoader;
import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import dev.liveops.reply.Reply;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.testing.PostgresServer;
import dev.liveops.time.Pause;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two whole LiveOps cores, as two replicas would run them, on one PostgreSQL and on their own threads: one leads,
 * whoami says which, and the other takes over when the leader stops or its session is ended.
 */
class LeaderAmongCoresTest {
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    /** Two leases: what the issue allows a standby to take over. */
    private static final long TAKEOVER_SECONDS = 10;

    private final PostgresServer server = PostgresServer.shared();
    private String url;
    private QuantConnectSandbox sandbox;
    private LiveOpsCore first;
    private LiveOpsCore second;

    @BeforeEach
    void start() {
        url = server.createDatabase();
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        first = core();
        first.serve(List.of());
        second = core();
        second.serve(List.of());
    }

    @AfterEach
    void stop() {
        second.close();
        first.close();
        sandbox.close();
        server.dropDatabase(url);
    }

    @Test
    void theFirstLeadsAndWhoamiOnTheStandbyNamesIt() {
        assertThat(first.leadership().isLeader()).isTrue();
        assertThat(second.leadership().isLeader()).isFalse();

        Reply whoami = second.gateway().handle(TRADER, "whoami");

        Term leader = first.leadership().term().orElseThrow();
        assertThat(whoami.fields()).contains(
                new Reply.Field("Leader", first.leadership().self() + " since "
                        + dev.liveops.text.TimeText.utc(leader.since()) + " (epoch " + leader.epoch() + ")", false),
                new Reply.Field("Answered by", second.leadership().self() + " (standby)", false));
    }

    @Test
    void aCleanStopHandsTheLeadOver() throws InterruptedException {
        CountDownLatch elected = electionOf(second);

        first.stopServing();

        assertThat(elected.await(TAKEOVER_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(second.leadership().term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(2));
    }

    @Test
    void whenTheLeadersSessionIsEndedTheStandbyTakesOverAndTheOldLeaderStandsDown() throws InterruptedException {
        CountDownLatch elected = electionOf(second);
        CountDownLatch deposed = new CountDownLatch(1);
        first.leadership().addListener(listener(() -> { }, deposed::countDown));

        assertThat(server.terminate("liveops-leadership " + first.leadership().self())).isEqualTo(1);

        assertThat(elected.await(TAKEOVER_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(deposed.await(TAKEOVER_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(first.leadership().isLeader()).isFalse();
        assertThat(second.leadership().term()).hasValueSatisfying(term -> assertThat(term.epoch()).isEqualTo(2));
    }

    private LiveOpsCore core() {
        String config = """
                {
                  "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                  "store": {"url": "%s", "user": "${DB_USER}"},
                  "access": {"users": [{"name": "Tom", "roles": ["trader"], "discordUserIds": ["200"]}]}
                }
                """.formatted(sandbox.userId(), sandbox.baseUrl(), url.replaceFirst("\\?.*$", ""));
        return LiveOpsCore.start(new ConfigLoader(Map.of("QC_TOKEN", sandbox.apiToken(), "DB_USER", "postgres")).parse(config, "test"),
                Clock.systemUTC(), Pause.sleeping());
    }

    private static CountDownLatch electionOf(LiveOpsCore core) {
        CountDownLatch elected = new CountDownLatch(1);
        core.leadership().addListener(listener(elected::countDown, () -> { }));
        return elected;
    }

    private static Leadership.Listener listener(Runnable onElected, Runnable onDeposed) {
        return new Leadership.Listener() {
            @Override
            public void elected(Term term) {
                onElected.run();
            }

            @Override
            public void deposed(Term term) {
                onDeposed.run();
            }
        };
    }
}
