package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.dv8tion.jda.api.utils.data.SerializableData;

/**
 * Discord's message limits (chat-platform-limits.md), checked on the JSON JDA would send: the numbers are written
 * out here rather than taken from the renderer, so a wrong constant there cannot hide a wrong message.
 */
final class DiscordLimits {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordLimits() {
    }

    /** The JSON body JDA sends for a message (create or edit). */
    static JsonNode json(SerializableData message) {
        try {
            return JSON.readTree(message.toData().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertWithinLimits(JsonNode message) {
        assertThat(length(message.path("content"))).as("content").isLessThanOrEqualTo(2000);
        JsonNode embeds = message.path("embeds");
        assertThat(embeds.size()).as("embeds").isLessThanOrEqualTo(10);
        int total = 0;
        for (JsonNode embed : embeds) {
            assertThat(length(embed.path("title"))).as("title").isLessThanOrEqualTo(256);
            assertThat(length(embed.path("description"))).as("description").isLessThanOrEqualTo(4096);
            assertThat(embed.path("fields").size()).as("fields").isLessThanOrEqualTo(25);
            assertThat(length(embed.path("footer").path("text"))).as("footer").isLessThanOrEqualTo(2048);
            total += length(embed.path("title")) + length(embed.path("description"))
                    + length(embed.path("footer").path("text")) + length(embed.path("author").path("name"));
            for (JsonNode field : embed.path("fields")) {
                assertThat(length(field.path("name"))).as("field name").isBetween(1, 256);
                assertThat(length(field.path("value"))).as("field value").isBetween(1, 1024);
                total += length(field.path("name")) + length(field.path("value"));
            }
        }
        assertThat(total).as("characters across all embeds").isLessThanOrEqualTo(6000);
        JsonNode rows = message.path("components");
        assertThat(rows.size()).as("action rows").isLessThanOrEqualTo(5);
        for (JsonNode row : rows) {
            assertThat(row.path("type").asInt()).isEqualTo(1);
            assertThat(row.path("components").size()).as("buttons in a row").isBetween(1, 5);
            for (JsonNode button : row.path("components")) {
                assertThat(length(button.path("custom_id"))).as("custom_id").isBetween(1, 100);
                assertThat(length(button.path("label"))).as("label").isBetween(1, 80);
            }
        }
    }

    /** Characters as Discord counts them (code points); never more than Java's UTF-16 length. */
    static int length(JsonNode text) {
        String value = text.isMissingNode() || text.isNull() ? "" : text.asText();
        return value.codePointCount(0, value.length());
    }
}
