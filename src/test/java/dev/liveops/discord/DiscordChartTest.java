package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static dev.liveops.discord.FakeDiscord.WEBHOOK;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.discord.FakeDiscord.FilePart;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.notify.PostResult;
import dev.liveops.reply.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** /live chart on a real JDA against the fake Discord: the picture is uploaded with the answer and shown in its embed. */
class DiscordChartTest {
    private static final Who VERA_VIEWER = Who.member("200000000000000003", "vera", VIEWER_ROLE);
    private static final String FILE = "equity-" + MOMENTUM + "-1d.png";

    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.start();
    private final FakeDiscord fake = discord.fake();
    private final Interactions interactions = discord.interactions();
    private final DiscordBot bot = discord.bot();

    @Test
    void theChartIsUploadedAfterTheDeferralAndShownInTheEmbed() throws Exception {
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA_VIEWER, "chart", "project", "Live/Momentum",
                "period", "1d"));
        String token = interactions.lastToken();

        Recorded defer = fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");
        Recorded answer = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");

        assertThat(defer.body().get("type").asInt()).as("deferred first").isEqualTo(5);
        assertThat(answer.files()).hasSize(1);
        FilePart file = answer.files().get(0);
        assertThat(file.field()).isEqualTo("files[0]");
        assertThat(file.fileName()).isEqualTo(FILE);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        assertThat(picture.getWidth()).isEqualTo(1000);
        assertThat(picture.getHeight()).isEqualTo(500);
        JsonNode embed = answer.body().get("embeds").get(0);
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://" + FILE);
        assertThat(embed.path("title").asText()).isEqualTo("Live/Momentum: equity, last 24 hours");
        assertThat(embed.path("description").asText()).startsWith("Live/Momentum, last 24 hours: ");
        JsonNode attachment = answer.body().get("attachments").get(0);
        assertThat(attachment.path("id").asText()).isEqualTo("0");
        assertThat(attachment.path("filename").asText()).isEqualTo(FILE);
        assertThat(attachment.path("description").asText()).startsWith("Equity of Live/Momentum");
    }

    @Test
    void aRefusedUploadIsFollowedByTheSummaryAndTheReasonOnce() throws Exception {
        fake.failOnce(WEBHOOK + "[^/]+/messages/@original", 413, 40005, "Request entity too large");
        fake.dispatch("INTERACTION_CREATE", interactions.slash(VERA_VIEWER, "chart", "project", "Live/Momentum"));
        String token = interactions.lastToken();
        fake.takeRest("POST", "interactions/\\d+/" + token + "/callback");

        Recorded refused = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");
        Recorded summary = fake.takeRest("PATCH", WEBHOOK + token + "/messages/@original");

        assertThat(refused.files()).hasSize(1);
        assertThat(summary.files()).isEmpty();
        JsonNode embed = summary.body().get("embeds").get(0);
        assertThat(embed.has("image")).isFalse();
        assertThat(embed.path("description").asText()).startsWith("Live/Momentum, last 7 days: ")
                .endsWith("Discord did not take the picture (Request entity too large), so here is its summary.");
    }

    @Test
    void theSubcommandOffersThePeriods() {
        JsonNode chart = null;
        for (var subcommand : DiscordCommands.definition(false).getSubcommands()) {
            if (subcommand.getName().equals("chart")) {
                chart = fake.json().valueToTree(subcommand.toData().toMap());
            }
        }
        assertThat(chart).isNotNull();
        assertThat(chart.path("options").get(1).path("name").asText()).isEqualTo("period");
        assertThat(chart.path("options").get(1).path("choices").findValuesAsText("value"))
                .containsExactly("1d", "7d", "30d", "all");
    }

    @Test
    void aNotificationWithAPictureIsPostedToTheChannelAsAnUpload() throws Exception {
        fake.drainRest();

        PostResult result = bot.poster().post(CHANNEL, Pictures.digestWithChart());

        Recorded post = fake.takeRest("POST", "channels/" + CHANNEL + "/messages");
        assertThat(result).isInstanceOf(PostResult.Posted.class);
        assertThat(post.files()).singleElement().satisfies(file -> {
            assertThat(file.field()).isEqualTo("files[0]");
            assertThat(file.fileName()).isEqualTo("equity-total-1d.png");
            assertThat(file.bytes()).isEqualTo(Pictures.png());
        });
        assertThat(post.body().get("embeds").get(0).path("image").path("url").asText())
                .isEqualTo("attachment://equity-total-1d.png");
    }
}
