package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.TOM;
import static dev.liveops.discord.DiscordTestServer.TRADER_ROLE;
import static dev.liveops.discord.FakeDiscord.WEBHOOK;
import static dev.liveops.discord.Interactions.customIds;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Discord took the deferral but its answer was lost (502): JDA's Requester sends the deferral again and Discord
 * refuses it with 40060. That refusal is no proof of a replay: the first delivery still runs, once, and is answered.
 */
class DiscordLostAcknowledgementTest {
    private static final Who TOM_TRADER = Who.member(TOM, "tom", TRADER_ROLE);

    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.start();
    private final TestCore core = discord.core();
    private final FakeDiscord fake = discord.fake();
    private final Interactions interactions = discord.interactions();

    @Test
    void aCommandWhoseDeferralAnswerWasLostRunsOnceAndIsAnswered() throws Exception {
        fake.loseNextCallbackAnswer();
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "list", "status", "Running"));
        String token = interactions.lastToken();

        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback"); // JDA's retry, refused with 40060
        Recorded answer = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");
        assertThat(answer.body().get("embeds").get(0).get("title").asText()).isEqualTo("Running deployments (2)");

        // Once a later command is answered, a second run of the first would have been answered too.
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "list"));
        String later = interactions.lastToken();
        List<Recorded> calls = new ArrayList<>();
        fake.takeRest(call -> calls.add(call) && call.is("PATCH", WEBHOOK + later + "/messages/@original"));
        calls.addAll(fake.drainRest());
        assertThat(calls).as("answered once").noneMatch(call -> call.path().startsWith(WEBHOOK + token));
    }

    @Test
    void aConfirmWhoseDeferralAnswerWasLostStopsOnceAndSettlesTheMessage() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "stop", "project", "Live/Momentum"));
        Recorded preview = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");
        String confirm = customIds(preview.body()).stream().filter(id -> id.startsWith("live:confirm ")).findFirst()
                .orElseThrow();

        fake.loseNextCallbackAnswer();
        fake.dispatch("INTERACTION_CREATE", interactions.button(TOM_TRADER, fake.message(CHANNEL, preview.body()),
                confirm));
        String token = interactions.lastToken();

        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback"); // JDA's retry, refused with 40060
        Recorded settled = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");
        assertThat(settled.body().get("components")).as("buttons removed").isEmpty();
        assertThat(settled.body().get("embeds").get(0).get("title").asText()).contains("Live/Momentum");
        verify(core.live(), times(1)).stop(MOMENTUM);
    }
}
