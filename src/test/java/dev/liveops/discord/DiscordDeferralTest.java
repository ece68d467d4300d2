package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.GUILD;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import dev.liveops.command.CommandGateway;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.testing.TestCore;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deferral goes out before the store records the interaction: one slow store write holds up no deferral. */
class DiscordDeferralTest {
    private static final String WEBHOOK = "webhooks/" + FakeDiscord.APPLICATION_ID + "/";
    private static final Who VERA = Who.member("200000000000000003", "vera", VIEWER_ROLE);

    private final CountDownLatch storeHeld = new CountDownLatch(1);
    private TestCore core;
    private FakeDiscord fake;
    private Interactions interactions;
    private DiscordBot bot;

    @BeforeEach
    void setUp() throws Exception {
        core = DiscordTestServer.core().build();
        fake = new FakeDiscord().guild(GUILD, List.of(VIEWER_ROLE), List.of(CHANNEL)).start();
        interactions = new Interactions(fake);
        CommandGateway gateway = spy(core.gateway());
        doAnswer(call -> {
            storeHeld.await();
            return call.callRealMethod();
        }).when(gateway).isFirstDelivery(any(), any());
        bot = DiscordTestServer.startedBot(fake, gateway);
    }

    @AfterEach
    void tearDown() {
        storeHeld.countDown();
        bot.close();
        fake.close();
        core.close();
    }

    @Test
    void everyCommandIsDeferredWhileTheStoreIsHeldAndAnsweredOnceItIsFree() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA, "list", "status", "Running"));
        String first = interactions.lastToken();
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA, "list"));
        String second = interactions.lastToken();

        fake.takeRest("POST", "interactions/\\d+/" + first + "/callback");
        fake.takeRest("POST", "interactions/\\d+/" + second + "/callback");
        assertThat(fake.drainRest()).as("nothing answered before its delivery was recorded")
                .noneMatch(call -> call.method().equals("PATCH"));
        storeHeld.countDown();

        Recorded answer = fake.takeRest("PATCH", WEBHOOK + "(" + first + "|" + second + ")/messages/@original");
        assertThat(answer.body().get("embeds").get(0).get("title").asText()).contains("deployments");
    }
}
