package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.PostResult;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Notifications posted through a real JDA: the body Discord receives, and what a refusal becomes. */
class DiscordChannelPosterTest {
    private static final String GONE = "600000000000000002";
    private static final String CLOSED = "600000000000000003";
    private static final String READ_ONLY = "600000000000000004";
    private static final String INVALID = "600000000000000005";
    private static final Reply ALERT = Reply.builder(Severity.ERROR, "Live/Momentum: RuntimeError")
            .text("Live/Momentum went from Running to RuntimeError.")
            .mention(Mention.here()).audience(Reply.Audience.CHANNEL).build();

    @AutoClose
    private final DiscordTestBot discord = DiscordTestBot.builder().channels(GONE, CLOSED, READ_ONLY, INVALID).start();
    private final FakeDiscord fake = discord.fake();
    private final ChannelPoster poster = discord.bot().poster();

    @Test
    void postsTheReplyWithItsMentionAndFallbackText() throws Exception {
        PostResult result = poster.post(CHANNEL, ALERT);

        Recorded post = fake.takeRest("POST", "channels/" + CHANNEL + "/messages");
        assertThat(poster.platform()).isEqualTo(Platform.DISCORD);
        assertThat(result).isInstanceOfSatisfying(PostResult.Posted.class, posted -> assertThat(posted.messageId())
                .matches("\\d+"));
        JsonNode body = post.body();
        assertThat(body.get("content").asText()).isEqualTo("@here Live/Momentum: RuntimeError");
        assertThat(body.get("allowed_mentions").get("parse")).extracting(JsonNode::asText).containsExactly("everyone");
        JsonNode embed = body.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("Live/Momentum: RuntimeError");
        assertThat(embed.get("description").asText()).isEqualTo("Live/Momentum went from Running to RuntimeError.");
        assertThat(embed.get("color").asInt()).isEqualTo(DiscordRenderer.RED);
        DiscordLimits.assertWithinLimits(body);
    }

    @Test
    void aChannelThatIsGoneOrClosedToTheBotIsRefused() {
        fake.fail("channels/" + GONE + "/messages", 404, 10003, "Unknown Channel");
        fake.fail("channels/" + CLOSED + "/messages", 403, 50001, "Missing Access");
        fake.fail("channels/" + READ_ONLY + "/messages", 403, 50013, "Missing Permissions");

        assertThat(poster.post(GONE, ALERT)).isInstanceOfSatisfying(PostResult.Refused.class,
                refused -> assertThat(refused.reason()).contains("Unknown Channel"));
        assertThat(poster.post(CLOSED, ALERT)).isInstanceOfSatisfying(PostResult.Refused.class,
                refused -> assertThat(refused.reason()).contains("Missing Access"));
        assertThat(poster.post(READ_ONLY, ALERT)).isInstanceOf(PostResult.Refused.class);
    }

    @Test
    void aChannelTheBotCannotSeeIsRefusedWithoutAsking() {
        assertThat(poster.post("600000000000000099", ALERT)).isInstanceOf(PostResult.Refused.class);
        assertThat(poster.post("not-a-channel", ALERT)).isInstanceOf(PostResult.Refused.class);
        assertThat(fake.drainRest()).isEmpty();
    }

    @Test
    void anyOtherErrorIsAPassingFailure() {
        fake.fail("channels/" + INVALID + "/messages", 400, 50035, "Invalid Form Body");

        assertThat(poster.post(INVALID, ALERT)).isInstanceOf(PostResult.Failed.class);
    }
}
