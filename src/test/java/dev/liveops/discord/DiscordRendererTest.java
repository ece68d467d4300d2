package dev.liveops.discord;

import static dev.liveops.discord.DiscordLimits.assertWithinLimits;
import static dev.liveops.discord.DiscordLimits.json;
import static dev.liveops.discord.Interactions.customIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Button.Style;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The largest realistic replies stay within every Discord limit, checked on the JSON JDA sends. */
class DiscordRendererTest {
    private static final String LONG_NAME = "Live/" + "VeryLongStrategyFamilyName_".repeat(10) + "Momentum";

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void aListOfThreeHundredDeploymentsFitsAndSaysWhatIsLeftOut() {
        List<List<String>> rows = IntStream.range(0, 300).mapToObj(i -> List.of(LONG_NAME + i + " (" + (23456789 + i)
                + ")", i % 3 == 0 ? "RuntimeError" : "Running", "InteractiveBrokersBrokerage",
                "3 days ago (2026-11-17 14:30 UTC)", "$1,234,567.89", i % 3 == 0 ? "x".repeat(500) : "-")).toList();
        Reply list = Reply.builder(Severity.WARNING, "Live deployments (300)")
                .text("100 RuntimeError, 200 Running")
                .table(new Reply.Table(List.of("Project", "Status", "Brokerage", "Launched", "Equity", "Error"), rows,
                        "Page 1 of 1: rows 1-300 of 300."))
                .button("Next", "list --page 2", Style.SECONDARY)
                .build();

        JsonNode message = json(renderer.render(list));

        assertWithinLimits(message);
        JsonNode embed = message.get("embeds").get(0);
        assertThat(embed.get("fields").size()).isPositive();
        assertThat(embed.get("description").asText()).contains("Page 1 of 1: rows 1-300 of 300.")
                .containsPattern("… \\d+ more rows not shown \\(of 300\\)\\.");
        assertThat(embed.get("color").asInt()).isEqualTo(DiscordRenderer.AMBER);
    }

    @Test
    void aFiveThousandCharacterRuntimeErrorIsCutAndSaysSo() {
        String error = "System.Exception: boom at Algorithm.OnData line 42\n".repeat(100);
        Reply read = Reply.builder(Severity.ERROR, LONG_NAME + ": RuntimeError")
                .field("Status", "RuntimeError").field("Deploy id", "L-" + "f".repeat(32))
                .wideField("Last error", error)
                .text(error)
                .footer("Project 23456789")
                .build();

        JsonNode message = json(renderer.render(read));

        assertWithinLimits(message);
        JsonNode embed = message.get("embeds").get(0);
        assertThat(error.length()).isGreaterThan(5000);
        assertThat(embed.get("color").asInt()).isEqualTo(DiscordRenderer.RED);
        assertThat(embed.get("title").asText()).endsWith("more characters)");
        assertThat(embed.get("description").asText()).containsPattern("… \\d+ more lines$");
        JsonNode lastError = embed.get("fields").get(2);
        assertThat(lastError.get("name").asText()).isEqualTo("Last error");
        assertThat(lastError.get("value").asText()).startsWith("System.Exception: boom")
                .containsPattern("… \\(\\d+ more characters\\)$");
    }

    @Test
    void manyLongFieldsAndButtonsStayWithinTheLimits() {
        Reply.Builder reply = Reply.builder(Severity.INFO, LONG_NAME).text("y".repeat(5000)).footer("f".repeat(3000));
        IntStream.range(0, 40).forEach(i -> reply.field(LONG_NAME + i, "v".repeat(2000)));
        IntStream.range(0, 30).forEach(i -> reply.button("Button " + "b".repeat(100) + i, "confirm CODE" + i,
                Style.DANGER));
        reply.button("Too long to carry", "list " + "x".repeat(100), Style.PRIMARY);

        JsonNode message = json(renderer.render(reply.build()));

        assertWithinLimits(message);
        assertThat(message.get("embeds").get(0).get("description").asText())
                .containsPattern("… \\d+ more details not shown\\.");
        assertThat(customIds(message)).hasSize(25).allMatch(id -> id.startsWith("live:confirm CODE"));
    }

    @Test
    void everyReplyTheRealCoreGivesFits() throws Exception {
        try (TestCore core = DiscordTestServer.core().build()) {
            Caller admin = new Caller(Platform.DISCORD, DiscordTestServer.TOM, "tom",
                    Set.of(DiscordTestServer.ADMIN_ROLE), DiscordTestServer.CHANNEL);
            List<String> commands = List.of("help", "list", "list Running", "read momentum", "portfolio momentum",
                    "orders momentum 100", "logs momentum 250", "stop momentum", "liquidate momentum", "whoami",
                    "audit 200", "subscriptions", "read nothing-like-this", "deploy pairs");
            List<JsonNode> messages = new ArrayList<>();
            for (String command : commands) {
                Reply reply = core.gateway().handle(admin, command);
                messages.add(json(renderer.render(reply)));
                messages.add(json(renderer.renderEdit(reply)));
                messages.add(json(renderer.notification(reply)));
            }

            messages.forEach(DiscordLimits::assertWithinLimits);
        }
    }

    @Test
    void colourFollowsTheSeverityAlone() {
        assertThat(colour(Severity.SUCCESS)).isEqualTo(DiscordRenderer.GREEN);
        assertThat(colour(Severity.INFO)).isEqualTo(DiscordRenderer.BLUE);
        assertThat(colour(Severity.WARNING)).isEqualTo(DiscordRenderer.AMBER);
        assertThat(colour(Severity.ERROR)).isEqualTo(DiscordRenderer.RED);
    }

    @Test
    void mentionsPingOnlyWhoTheReplyNames() {
        Reply alert = Reply.builder(Severity.ERROR, "Live/@everyone went RuntimeError")
                .mention(Mention.here())
                .mention(new Mention(Mention.Kind.GROUP, "700000000000000001"))
                .mention(new Mention(Mention.Kind.USER, "200000000000000001"))
                .build();

        JsonNode message = json(renderer.notification(alert));

        assertThat(message.get("content").asText())
                .startsWith("@here <@&700000000000000001> <@200000000000000001> Live/@everyone went RuntimeError");
        JsonNode allowed = message.get("allowed_mentions");
        assertThat(strings(allowed.get("parse"))).containsExactly("everyone");
        assertThat(strings(allowed.get("roles"))).containsExactly("700000000000000001");
        assertThat(strings(allowed.get("users"))).containsExactly("200000000000000001");
    }

    @Test
    void withoutMentionsNothingCanPing() {
        JsonNode message = json(renderer.render(Reply.builder(Severity.INFO, "@everyone <@&1>").build()));

        assertThat(message.get("content").asText()).isEmpty();
        assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
        assertThat(message.get("allowed_mentions").path("roles")).isEmpty();
    }

    @Test
    void anEditWithoutButtonsRemovesTheOldOnes() {
        JsonNode edit = json(renderer.renderEdit(Reply.builder(Severity.SUCCESS, "Stop sent").text("Done.").build()));

        assertThat(edit.get("components")).isEmpty();
        assertThat(edit.get("embeds")).hasSize(1);
    }

    @Test
    void userTextIsShownAsTypedNotAsMarkdown() {
        JsonNode message = json(renderer.render(Reply.error("There is no project '*bold*_x_'.")));

        assertThat(message.get("embeds").get(0).get("description").asText())
                .isEqualTo("There is no project '\\*bold\\*\\_x\\_'.");
    }

    private int colour(Severity severity) {
        return json(renderer.render(Reply.builder(severity, "t").build())).get("embeds").get(0).get("color").asInt();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
