package dev.liveops.slack;

import static dev.liveops.slack.SlackLimitsAssert.assertWithinLimits;
import static dev.liveops.slack.SlackLimitsAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Button.Style;
import dev.liveops.reply.Reply.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The renderer on its own: the largest realistic replies stay within every Block Kit limit. */
class BlockKitRendererTest {
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void aListOf300DeploymentsShowsWholeRowsAndCountsTheRest() throws Exception {
        Reply reply = ReplyExamples.deploymentList(300);

        JsonNode message = json(renderer.render(reply));

        assertWithinLimits(message);
        List<String> codeLines = codeBlocks(message).stream()
                .flatMap(block -> block.lines().filter(line -> !line.startsWith("```"))).toList();
        List<String> rows = codeLines.stream().filter(line -> !line.startsWith("Project")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
                .matches("Live/Strategy-\\d{3}-[A-Za-z-]+… +RuntimeError +InteractiveBrokersBrokerage .*"
                        + "Symbol&lt;SPY&gt; .*"));
        String note = contexts(message).stream().filter(text -> text.contains("more rows")).findFirst().orElseThrow();
        assertThat(note).isEqualTo("Page 1 of 1: rows 1-300 of 300. … " + (300 - rows.size())
                + " more rows not shown.");
        assertThat(buttons(message)).extracting(b -> b.path("value").asText())
                .containsExactly("list --page 2");
        assertThat(message.path("text").asText()).startsWith(":warning: Live deployments (300)");
    }

    @Test
    void aFiveThousandCharacterErrorIsSplitIntoSectionsAndKeptWhole() throws Exception {
        String error = "QuantConnect says: " + "Stack frame <at Algorithm.OnData> failed & retried. ".repeat(96);
        assertThat(error.length()).isGreaterThan(5000);

        SlackMessage message = renderer.render(Reply.error(error));

        assertWithinLimits(message);
        JsonNode json = json(message);
        List<String> sections = sectionTexts(json);
        assertThat(sections).hasSize(2);
        assertThat(String.join(" ", sections))
                .startsWith(":red_circle: QuantConnect says: Stack frame &lt;at Algorithm.OnData&gt;")
                .endsWith("failed &amp; retried.");
        assertThat(json.path("text").asText()).hasSizeLessThanOrEqualTo(BlockKitLimits.FALLBACK_TEXT).endsWith("…");
    }

    @Test
    void longNamesEverywhereAreCutToTheirLimits() throws Exception {
        String longName = "Live/" + "VeryLongStrategyName".repeat(30);
        Reply.Builder builder = Reply.builder(Severity.WARNING, "Stop " + longName + "?")
                .text("x".repeat(20_000))
                .footer("Code 7Q2X. " + "y".repeat(5000));
        IntStream.range(0, 40).forEach(i -> builder.field("Field " + i + " " + longName, "v".repeat(3000)));
        builder.wideField("Wide " + longName, "w".repeat(9000));
        builder.button("Confirm stop of " + longName, "confirm 7Q2X", Style.DANGER);
        builder.button("Cancel", "cancel 7Q2X", Style.SECONDARY);
        builder.table(new Reply.Table(List.of("Symbol", "Quantity"), IntStream.range(0, 500)
                .mapToObj(i -> List.of(longName, "1000")).toList(), "500 holdings"));

        JsonNode message = json(renderer.render(builder.build()));

        assertWithinLimits(message);
        assertThat(buttons(message)).extracting(b -> b.path("value").asText())
                .containsExactly("confirm 7Q2X", "cancel 7Q2X");
        assertThat(buttons(message).get(0).path("style").asText()).isEqualTo("danger");
        assertThat(buttons(message).get(1).has("style")).isFalse();
        assertThat(contexts(message)).anyMatch(text -> text.startsWith("Code 7Q2X."));
    }

    @Test
    void headerCarriesTheSeverityEmojiAndFieldsSitSideBySide() throws Exception {
        Reply reply = Reply.builder(Severity.SUCCESS, "Live/Momentum: Running")
                .field("Brokerage", "InteractiveBrokersBrokerage").field("Equity", "$1,234,567.00")
                .footer("Read at 14:30 UTC").build();

        JsonNode message = json(renderer.render(reply));

        assertThat(message.at("/blocks/0/type").asText()).isEqualTo("header");
        assertThat(message.at("/blocks/0/text/text").asText()).isEqualTo(":large_green_circle: Live/Momentum: Running");
        assertThat(message.at("/blocks/1/fields/0/text").asText()).isEqualTo("*Brokerage*\nInteractiveBrokersBrokerage");
        assertThat(message.at("/blocks/1/fields").size()).isEqualTo(2);
        assertThat(message.at("/blocks/2/type").asText()).isEqualTo("context");
        assertThat(message.path("text").asText()).startsWith(":large_green_circle: Live/Momentum: Running\n"
                + "Brokerage: InteractiveBrokersBrokerage");
    }

    @Test
    void textCannotMentionAnyoneButMentionsDo() throws Exception {
        Reply reply = Reply.builder(Severity.ERROR, "Live/Momentum: RuntimeError")
                .text("Error: <!channel> <@U123> & co").mention(Reply.Mention.here())
                .mention(new Reply.Mention(Reply.Mention.Kind.GROUP, "S0TRADERS"))
                .mention(new Reply.Mention(Reply.Mention.Kind.USER, "<!everyone>")).build();

        JsonNode message = json(renderer.render(reply));

        assertThat(message.at("/blocks/0/text/text").asText()).startsWith(":red_circle: ");
        assertThat(message.at("/blocks/1/text/text").asText())
                .isEqualTo("<!here> <!subteam^S0TRADERS> Error: &lt;!channel&gt; &lt;@U123&gt; &amp; co");
        assertThat(message.path("text").asText()).startsWith("<!here> <!subteam^S0TRADERS> :red_circle: Live/")
                .contains("&lt;!channel&gt;").doesNotContain("everyone");
    }

    @Test
    void theEmojiFollowsTheSeverityAlone() {
        assertThat(StatusEmoji.of(Severity.SUCCESS)).isEqualTo(":large_green_circle:");
        assertThat(StatusEmoji.of(Severity.INFO)).isEmpty();
        assertThat(StatusEmoji.of(Severity.WARNING)).isEqualTo(":warning:");
        assertThat(StatusEmoji.of(Severity.ERROR)).isEqualTo(":red_circle:");
    }

    static List<String> sectionTexts(JsonNode message) {
        return StreamSupport.stream(message.path("blocks").spliterator(), false)
                .filter(b -> b.path("type").asText().equals("section") && b.has("text"))
                .map(b -> b.at("/text/text").asText()).toList();
    }

    static List<String> codeBlocks(JsonNode message) {
        return sectionTexts(message).stream().filter(text -> text.startsWith("```")).toList();
    }

    static List<String> contexts(JsonNode message) {
        List<String> texts = new ArrayList<>();
        message.path("blocks").forEach(b -> {
            if (b.path("type").asText().equals("context")) {
                b.path("elements").forEach(e -> texts.add(e.path("text").asText()));
            }
        });
        return texts;
    }

    static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new ArrayList<>();
        message.path("blocks").forEach(b -> {
            if (b.path("type").asText().equals("actions")) {
                b.path("elements").forEach(buttons::add);
            }
        });
        return buttons;
    }
}
