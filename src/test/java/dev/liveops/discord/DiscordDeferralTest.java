package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static dev.liveops.discord.FakeDiscord.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import dev.liveops.command.CommandGateway;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions.Who;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A deferral goes out before the store records the interaction: one slow store write holds up no deferral. */
class DiscordDeferralTest {
    private static final Who VERA = Who.member("200000000000000003", "vera", VIEWER_ROLE);

    private final CountDownLatch storeHeld = new CountDownLatch(1);
    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.builder().gateway(this::holdingTheStore).start();
    private final FakeDiscord fake = discord.fake();
    private final Interactions interactions = discord.interactions();

    /** The core's gateway, its store write for each delivery held until the test lets it go. */
    private CommandGateway holdingTheStore(CommandGateway coreGateway) {
        CommandGateway gateway = spy(coreGateway);
        doAnswer(call -> {
            storeHeld.await();
            return call.callRealMethod();
        }).when(gateway).isFirstDelivery(any(), any());
        return gateway;
    }

    @AfterEach
    void releaseTheStoreBeforeTheBotCloses() {
        storeHeld.countDown();
    }

    @Test
    void everyCommandIsDeferredWhileTheStoreIsHeldAndAnsweredOnceItIsFree() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA, "list", "status", "Running"));
        String first = interactions.lastToken();
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA, "list"));
        String second = interactions.lastToken();

        // JDA sends the two deferrals side by side, in either order.
        String callback = "interactions/\\d+/(" + first + "|" + second + ")/callback";
        assertThat(List.of(fake.takeRest("POST", callback).path(), fake.takeRest("POST", callback).path()))
                .as("both deferred while the store is held").anyMatch(path -> path.contains(first))
                .anyMatch(path -> path.contains(second));
        assertThat(fake.drainRest()).as("nothing answered before its delivery was recorded")
                .noneMatch(call -> call.method().equals("PATCH"));
        storeHeld.countDown();

        Recorded answer = fake.takeRest("PATCH", WEBHOOK + "(" + first + "|" + second + ")/messages/@original");
        assertThat(answer.body().get("embeds").get(0).get("title").asText()).contains("deployments");
    }
}
