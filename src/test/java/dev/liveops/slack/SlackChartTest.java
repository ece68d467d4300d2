package dev.liveops.slack;

import static dev.liveops.slack.SlackBotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import dev.liveops.notify.PostResult;
import dev.liveops.reply.Pictures;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /live chart on Slack: the picture goes through the external upload flow; a refusal leaves the summary and why. */
class SlackChartTest {
    private static final List<String> UPLOAD_FLOW = List.of("/api/files.getUploadURLExternal", "/upload/F0CHART",
            "/api/files.completeUploadExternal");

    private SlackBotHarness slack;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackBotHarness();
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void theChartIsUploadedInThreeStepsAndSharedInTheChannelWithItsSummary() throws Exception {
        slack.post(slack.command(SlackTestWorkspace.VERA, "vera", "chart momentum 1d", "chart"));

        Map<String, String> asked = FakeSlackApi.form(slack.fake.take("/api/files.getUploadURLExternal", WAIT));
        RecordedRequest bytes = slack.fake.take("/upload/F0CHART", WAIT);
        Map<String, String> completed = FakeSlackApi.form(slack.fake.take("/api/files.completeUploadExternal", WAIT));

        assertThat(slack.fake.arrivals()).filteredOn(UPLOAD_FLOW::contains).containsExactlyElementsOf(UPLOAD_FLOW);
        assertThat(asked.get("filename")).isEqualTo("equity-23456789-1d.png");
        assertThat(Long.parseLong(asked.get("length"))).isEqualTo(bytes.getBodySize());
        assertThat(asked.get("alt_txt")).startsWith("Equity of Live/Momentum");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes.getBody().toByteArray()));
        assertThat(picture.getWidth()).isEqualTo(1000);
        assertThat(completed.get("channel_id")).isEqualTo(SlackBotHarness.CHANNEL);
        assertThat(completed.get("initial_comment")).startsWith("Live/Momentum, last 24 hours: ")
                .contains("max drawdown");
        JsonNode files = FakeSlackApi.JSON.readTree(completed.get("files"));
        assertThat(files.get(0).get("id").asText()).isEqualTo("F0CHART");
        assertThat(files.get(0).get("title").asText()).isEqualTo("Live/Momentum: equity, last 24 hours");
        assertThat(slack.fake.nothingAt("/respond/chart", java.time.Duration.ofMillis(300)))
                .as("the shared file is the answer").isTrue();
    }

    @Test
    void withoutTheFilesWriteScopeTheSummaryIsAnsweredWithTheReasonOnce() throws Exception {
        slack.fake.script("files.getUploadURLExternal", FakeSlackApi.error("missing_scope"));

        slack.post(slack.command(SlackTestWorkspace.VERA, "vera", "chart momentum", "refused"));

        JsonNode answer = FakeSlackApi.body(slack.fake.take("/respond/refused", WAIT));
        String text = answer.path("text").asText();
        assertThat(text).contains("Live/Momentum, last 7 days: ");
        String reason = "the Slack app lacks the files:write scope";
        assertThat(text.indexOf(reason)).isPositive().isEqualTo(text.lastIndexOf(reason));
        assertThat(slack.fake.count("/upload/F0CHART")).isZero();
        assertThat(slack.fake.count("/api/files.completeUploadExternal")).isZero();
    }

    @Test
    void aNotificationWithAPictureIsSharedInItsChannelWithItsText() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.fake.apiUrl());
        Slack api = Slack.getInstance(config);
        SlackChannelPoster poster = new SlackChannelPoster(api.methods(SlackBotHarness.BOT_TOKEN),
                new BlockKitRenderer(), duration -> { });

        PostResult result = poster.post("C0DIGEST", Pictures.digestWithChart());

        Map<String, String> completed = FakeSlackApi.form(slack.fake.take("/api/files.completeUploadExternal", WAIT));
        assertThat(result).isInstanceOf(PostResult.Posted.class);
        assertThat(slack.fake.arrivals()).filteredOn(UPLOAD_FLOW::contains).containsExactlyElementsOf(UPLOAD_FLOW);
        assertThat(completed.get("channel_id")).isEqualTo("C0DIGEST");
        assertThat(completed.get("initial_comment")).isEqualTo("Total equity 350,000.00 (+0.40%).");
        assertThat(slack.fake.count("/api/chat.postMessage")).isZero();
        api.close();
    }
}
