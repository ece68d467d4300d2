package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.EVE;
import static dev.liveops.discord.DiscordTestServer.SARA;
import static dev.liveops.discord.DiscordTestServer.TOM;
import static dev.liveops.discord.DiscordTestServer.TRADER_ROLE;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static dev.liveops.discord.FakeDiscord.WEBHOOK;
import static dev.liveops.discord.Interactions.customIds;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A real JDA against a local fake Discord, over the real core and the QuantConnect sandbox. */
class DiscordBotTest {
    private static final Who TOM_TRADER = Who.member(TOM, "tom", TRADER_ROLE);
    private static final Who SARA_TRADER = Who.member(SARA, "sara", TRADER_ROLE);
    private static final Who VERA_VIEWER = Who.member("200000000000000003", "vera", VIEWER_ROLE);
    private static final Who EVE_NO_ROLE = Who.member(EVE, "eve");

    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.start();
    private final TestCore core = discord.core();
    private final FakeDiscord fake = discord.fake();
    private final Interactions interactions = discord.interactions();

    @Test
    void listRunningIsDeferredThenAnsweredWithTheRunningDeployments() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "list", "status", "Running"));
        String token = interactions.lastToken();

        Recorded defer = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded answer = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");

        assertThat(defer.body().get("type").asInt()).isEqualTo(5);
        assertThat(defer.body().path("data").path("flags").asInt()).as("ephemeral read").isEqualTo(64);
        JsonNode embed = answer.body().get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("Running deployments (2)");
        assertThat(embed.get("color").asInt()).isEqualTo(DiscordRenderer.GREEN);
        assertThat(names(embed.get("fields"))).contains("Live/Momentum (23456789)",
                "Live/MeanReversion (23461204)");
        assertThat(embed.get("fields").get(0).get("value").asText()).contains("Status: Running");
    }

    @Test
    void theLiquidatePromptIsColouredAsAWarning() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "liquidate", "project", "Live/Momentum"));
        String token = interactions.lastToken();
        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");

        Recorded prompt = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");

        JsonNode embed = prompt.body().get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("Liquidate Live/Momentum?");
        assertThat(embed.get("color").asInt()).isEqualTo(DiscordRenderer.AMBER);
    }

    @Test
    void anUnsubscribeIsDeferredAndAnsweredInPublicThoughReadsAreEphemeral() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(Who.member("200000000000000009", "ada",
                DiscordTestServer.ADMIN_ROLE), "unsubscribe"));
        String token = interactions.lastToken();

        Recorded defer = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded answer = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");

        assertThat(defer.body().path("data").path("flags").asInt()).as("an outcome for the channel").isZero();
        assertThat(answer.body().get("embeds").get(0).get("description").asText())
                .isEqualTo("This channel had no subscription.");
    }

    @Test
    void anInteractionDeliveredTwiceRunsOnce() throws Exception {
        ObjectNode stop = interactions.slash(TOM_TRADER, "stop", "project", "Live/Momentum");
        String token = interactions.lastToken();
        fake.dispatch("INTERACTION_CREATE", stop);
        fake.dispatch("INTERACTION_CREATE", stop); // the same interaction id again, as a replay or a second session
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "list"));
        String later = interactions.lastToken();

        // Once the later command and the stop are answered, a rerun would have been acknowledged.
        List<Recorded> calls = new ArrayList<>();
        fake.takeRest(call -> calls.add(call) && call.is("PATCH", WEBHOOK + later + "/messages/@original"));
        if (calls.stream().noneMatch(call -> call.is("PATCH", WEBHOOK + token + "/messages/@original"))) {
            calls.add(fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original"));
        }
        calls.addAll(fake.drainRest());

        // The deferral no longer waits for the store: the repeat is deferred too, and Discord refuses it (40060).
        assertThat(calls).filteredOn(call -> call.is("POST", "interactions/\\d+/" + token + "/callback"))
                .hasSize(2);
        assertThat(calls).filteredOn(call -> call.is("PATCH", WEBHOOK + token + "/messages/@original"))
                .as("answered once").hasSize(1);
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void confirmRunsTheStopExactlyOnceAndSettlesTheMessage() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "stop", "project", "Live/Momentum"));
        String token = interactions.lastToken();
        Recorded defer = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded preview = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");
        assertThat(defer.body().path("data").path("flags").asInt()).as("destructive is public").isZero();
        JsonNode message = fake.message(CHANNEL, preview.body());
        String confirm = customIds(preview.body()).stream().filter(id -> id.startsWith("live:confirm ")).findFirst()
                .orElseThrow();

        // Two presses at once, from the requester: one stop.
        fake.dispatch("INTERACTION_CREATE", interactions.button(TOM_TRADER, message, confirm));
        String first = interactions.lastToken();
        fake.dispatch("INTERACTION_CREATE", interactions.button(TOM_TRADER, message, confirm));
        String second = interactions.lastToken();
        List<Recorded> answers = new ArrayList<>();
        while (answers.size() < 2) {
            answers.add(fake.takeRest(call -> call.path().startsWith(WEBHOOK + first)
                    || call.path().startsWith(WEBHOOK + second)));
        }

        verify(core.live(), times(1)).stop(MOMENTUM);
        Recorded edit = answers.stream().filter(call -> call.method().equals("PATCH")).findFirst().orElseThrow();
        assertThat(edit.path()).endsWith("/messages/@original");
        assertThat(edit.body().get("components")).as("buttons removed").isEmpty();
        assertThat(edit.body().get("embeds").get(0).get("title").asText()).contains("Live/Momentum");
        Recorded other = answers.stream().filter(call -> call.method().equals("POST")).findFirst().orElseThrow();
        assertThat(other.body().get("flags").asInt()).as("the late press is told privately").isEqualTo(64);
    }

    @Test
    void anExpiredConfirmationIsSettledInPlaceAndSendsNothing() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "stop", "project", "momentum"));
        Recorded preview = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");
        String confirm = customIds(preview.body()).stream().filter(id -> id.startsWith("live:confirm ")).findFirst()
                .orElseThrow();
        core.clock().advance(Duration.ofMinutes(5));

        fake.dispatch("INTERACTION_CREATE", interactions.button(TOM_TRADER, fake.message(CHANNEL, preview.body()),
                confirm));

        Recorded settled = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");
        assertThat(settled.body().get("components")).isEmpty();
        assertThat(settled.body().get("embeds").get(0).get("description").asText())
                .startsWith("This stop request expired at ").contains("nothing was sent");
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void aListButtonPagesTheMessageInPlace() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "list"));
        Recorded list = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");

        fake.dispatch("INTERACTION_CREATE", interactions.button(TOM_TRADER, fake.message(CHANNEL, list.body()),
                "live:list Running --page 1"));
        String token = interactions.lastToken();

        Recorded deferEdit = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded page = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");
        assertThat(deferEdit.body().get("type").asInt()).isEqualTo(6);
        assertThat(page.body().get("embeds").get(0).get("title").asText()).isEqualTo("Running deployments (2)");
    }

    @Test
    void someoneElsesConfirmIsRefusedPrivatelyAndStopsNothing() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(TOM_TRADER, "stop", "project", "momentum"));
        Recorded preview = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");
        String confirm = customIds(preview.body()).stream().filter(id -> id.startsWith("live:confirm ")).findFirst()
                .orElseThrow();

        fake.dispatch("INTERACTION_CREATE", interactions.button(SARA_TRADER, fake.message(CHANNEL, preview.body()),
                confirm));
        String token = interactions.lastToken();

        Recorded deferEdit = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded refusal = fake.takeRest("POST", WEBHOOK + token);
        assertThat(deferEdit.body().get("type").asInt()).isEqualTo(6);
        assertThat(refusal.body().get("flags").asInt()).isEqualTo(64);
        assertThat(refusal.body().get("embeds").get(0).get("description").asText())
                .startsWith("Only tom (discord:" + TOM + ") can confirm");
        assertThat(fake.drainRest()).noneMatch(call -> call.path().endsWith("/messages/@original"));
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void aMemberWithoutARoleIsRefusedPrivately() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(EVE_NO_ROLE, "list"));

        Recorded answer = fake.takeRest("PATCH", WEBHOOK + interactions.lastToken() + "/messages/@original");

        assertThat(answer.body().get("embeds").get(0).get("description").asText())
                .startsWith("You have no LiveOps role");
        assertThat(answer.body().get("embeds").get(0).get("color").asInt()).isEqualTo(DiscordRenderer.RED);
    }

    @Test
    void aRefusedStopReplacesThePublicDeferralWithAPrivateAnswer() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA_VIEWER, "stop", "project", "momentum"));
        String token = interactions.lastToken();

        Recorded defer = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        fake.takeRest("DELETE", WEBHOOK + token + "/messages/@original");
        Recorded refusal = fake.takeRest("POST", WEBHOOK + token);

        assertThat(defer.body().path("data").path("flags").asInt()).isZero();
        assertThat(refusal.body().get("flags").asInt()).isEqualTo(64);
        assertThat(refusal.body().get("embeds").get(0).get("description").asText())
                .contains("Your roles (viewer) do not allow /live stop");
        verify(core.live(), never()).stop(anyLong());
    }

    @Test
    void projectAutocompleteAnswersWithMatchingProjects() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.autocomplete(TOM_TRADER, "read", "project", "mom"));

        Recorded answer = fake.takeRest("POST", "interactions/\\d+/" + interactions.lastToken() + "/callback");

        assertThat(answer.body().get("type").asInt()).isEqualTo(8);
        JsonNode choices = answer.body().get("data").get("choices");
        assertThat(choices).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        assertThat(choices.get(0).get("name").asText()).isEqualTo("Live/Momentum (" + MOMENTUM + ")");
        assertThat(choices.get(0).get("value").asText()).isEqualTo("Live/Momentum");
    }

    @Test
    void directMessagesAreRefusedWithOneSentence() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(Who.directMessage(TOM, "tom"), "list"));

        Recorded answer = fake.takeRest("POST", "interactions/\\d+/" + interactions.lastToken() + "/callback");

        assertThat(answer.body().get("type").asInt()).isEqualTo(4);
        assertThat(answer.body().get("data").get("flags").asInt()).isEqualTo(64);
        assertThat(answer.body().get("data").get("content").asText()).isEqualTo(InteractionRouter.DIRECT_MESSAGES_OFF);
    }

    private static List<String> names(JsonNode fields) {
        return StreamSupport.stream(fields.spliterator(), false).map(f -> f.get("name").asText()).toList();
    }
}
