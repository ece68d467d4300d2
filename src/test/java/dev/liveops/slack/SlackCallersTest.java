package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User-group membership: asked of Slack rarely (Tier 2), refreshed when stale, kept when Slack will not answer. */
class SlackCallersTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    private FakeSlackApi fake;
    private Slack slack;
    private SlackCallers callers;

    @BeforeEach
    void setUp() {
        fake = FakeSlackApi.on(server);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        slack = Slack.getInstance(config);
        fake.members("S0TRADERS", "U0GINA");
        fake.members("S0ADMINS", "U0ADA", "U0GINA");
        callers = new SlackCallers(slack.methods("slack-bot-value-0007"), Set.of("S0TRADERS", "S0ADMINS"), clock,
                TTL, Runnable::run);
    }

    @AfterEach
    void tearDown() throws Exception {
        callers.close();
        slack.close();
    }

    @Test
    void aCallerCarriesTheirSlackIdsAndMappedGroups() {
        Caller gina = callers.caller("U0GINA", "gina", "C0OPS");

        assertThat(gina).isEqualTo(new Caller(Platform.SLACK, "U0GINA", "gina", Set.of("S0TRADERS", "S0ADMINS"),
                "C0OPS"));
        assertThat(callers.caller("U0NOBODY", "nobody", "C0OPS").groupIds()).isEmpty();
    }

    @Test
    void membershipIsAskedOncePerGroupWhileFreshAndAgainOnceStale() {
        callers.caller("U0GINA", "gina", "C0OPS");
        clock.advance(TTL.minusSeconds(1));
        callers.caller("U0ADA", "ada", "C0OPS");
        assertThat(fake.count("usergroups.users.list")).isEqualTo(2);

        fake.members("S0TRADERS");
        clock.advance(Duration.ofSeconds(1));
        callers.caller("U0GINA", "gina", "C0OPS");

        assertThat(fake.count("usergroups.users.list")).isEqualTo(4);
        assertThat(callers.caller("U0GINA", "gina", "C0OPS").groupIds()).containsExactly("S0ADMINS");
    }

    @Test
    void aGroupSlackWillNotListKeepsItsLastKnownMembersAndIsAskedAgainSoon() {
        callers.caller("U0GINA", "gina", "C0OPS");
        clock.advance(TTL);
        fake.script("usergroups.users.list", new MockResponse.Builder().code(429).setHeader("Retry-After", "45")
                .build());
        fake.script("usergroups.users.list", new MockResponse.Builder().code(429).setHeader("Retry-After", "45")
                .build());

        Set<String> during = callers.caller("U0GINA", "gina", "C0OPS").groupIds();
        Set<String> after = callers.caller("U0GINA", "gina", "C0OPS").groupIds();
        clock.advance(Duration.ofSeconds(44));
        callers.caller("U0GINA", "gina", "C0OPS");
        int beforeRetry = fake.count("usergroups.users.list");
        clock.advance(Duration.ofSeconds(1));
        callers.caller("U0GINA", "gina", "C0OPS");

        assertThat(during).containsExactlyInAnyOrder("S0TRADERS", "S0ADMINS");
        assertThat(after).containsExactlyInAnyOrder("S0TRADERS", "S0ADMINS");
        assertThat(beforeRetry).isEqualTo(4);
        assertThat(fake.count("usergroups.users.list")).isEqualTo(6);
    }

    @Test
    void withNoGroupsInTheAccessConfigSlackIsNeverAsked() {
        SlackCallers none = new SlackCallers(slack.methods("slack-bot-value-0007"), Set.of(), clock, TTL,
                Runnable::run);

        assertThat(none.caller("U0GINA", "gina", "C0OPS").groupIds()).isEmpty();
        assertThat(fake.count("usergroups.users.list")).isZero();
    }
}
