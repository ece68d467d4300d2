package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.GUILD;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.discord.Interactions.Who;
import dev.liveops.testing.TestCore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A burst of deferrals keeps its connections to Discord open for the next burst. */
class DiscordRestConnectionsTest {
    private static final String WEBHOOK = "webhooks/" + FakeDiscord.APPLICATION_ID + "/";
    private static final int BURST = 20;

    private TestCore core;
    private FakeDiscord fake;
    private Interactions interactions;
    private DiscordBot bot;

    @BeforeEach
    void setUp() throws Exception {
        core = DiscordTestServer.core().build();
        fake = new FakeDiscord().guild(GUILD, List.of(VIEWER_ROLE), List.of(CHANNEL)).start();
        interactions = new Interactions(fake);
        bot = DiscordTestServer.startedBot(fake, core.gateway());
    }

    @AfterEach
    void tearDown() {
        bot.close();
        fake.close();
        core.close();
    }

    @Test
    void theSecondBurstOfDeferralsReusesTheFirstBurstsConnections() throws Exception {
        burst();
        int opened = fake.connectionsOpened();

        burst();

        // 20 callbacks at once need 20 connections; JDA's own pool keeps 5, so at least 15 would be opened again.
        // Connections still carrying the first burst's last answers may be replaced, more of them on a loaded
        // machine: the bound sits halfway between the two behaviours so that scheduling cannot decide the test.
        assertThat(fake.connectionsWhenCallbacksArrived() - opened).as("connections opened for the second burst")
                .isLessThanOrEqualTo(7);
    }

    /** {@link #BURST} commands whose deferrals Discord answers only once all have arrived, and their answers. */
    private void burst() throws Exception {
        fake.answerCallbacksTogether(BURST);
        for (int i = 0; i < BURST; i++) {
            fake.dispatch("INTERACTION_CREATE", interactions.slash(Who.member(String.valueOf(200_000_000_000_000_100L
                    + i), "member" + i, VIEWER_ROLE), "list"));
        }
        int callbacks = 0;
        int answers = 0;
        while (callbacks < BURST || answers < BURST) {
            FakeDiscord.Recorded call = fake.takeRest(rest -> rest.is("POST", "interactions/\\d+/[^/]+/callback")
                    || rest.is("PATCH", WEBHOOK + "[^/]+/messages/@original"));
            if (call.method().equals("POST")) {
                callbacks++;
            } else {
                answers++;
            }
        }
    }
}
