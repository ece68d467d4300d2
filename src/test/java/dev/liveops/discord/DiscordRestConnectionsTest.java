package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static dev.liveops.discord.FakeDiscord.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.discord.Interactions.Who;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A burst of deferrals keeps its connections to Discord open for the next burst. */
class DiscordRestConnectionsTest {
    private static final int BURST = 20;

    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.start();
    private final FakeDiscord fake = discord.fake();
    private final Interactions interactions = discord.interactions();

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
