package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.HashSet;
import java.util.Set;

/** Checks a message as Slack would receive it against every limit Slack enforces on Block Kit. */
final class SlackLimitsAssert {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackLimitsAssert() {
    }

    /** The JSON the Slack SDK sends for this message (snake_case, nulls left out). */
    static JsonNode json(SlackMessage message) throws Exception {
        String blocks = GsonFactory.createSnakeCase().toJson(message.blocks());
        return JSON.createObjectNode().put("text", message.text()).set("blocks", JSON.readTree(blocks));
    }

    static void assertWithinLimits(SlackMessage message) throws Exception {
        assertWithinLimits(json(message));
    }

    /** {@code message} has "text" and "blocks" as Slack parses them. */
    static void assertWithinLimits(JsonNode message) {
        String text = message.path("text").asText();
        assertThat(text).as("fallback text").isNotBlank().hasSizeLessThanOrEqualTo(BlockKitLimits.FALLBACK_TEXT);
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.isArray()).as("blocks is an array").isTrue();
        assertThat(blocks.size()).as("blocks").isLessThanOrEqualTo(BlockKitLimits.MAX_BLOCKS);
        int total = 0;
        Set<String> actionIds = new HashSet<>();
        for (JsonNode block : blocks) {
            String type = block.path("type").asText();
            switch (type) {
                case "header" -> {
                    assertThat(block.at("/text/type").asText()).isEqualTo("plain_text");
                    total += length(block.at("/text/text"), BlockKitLimits.HEADER_TEXT, "header");
                }
                case "section" -> {
                    assertThat(block.has("text") || block.has("fields")).as("section has text or fields").isTrue();
                    if (block.has("text")) {
                        total += length(block.at("/text/text"), BlockKitLimits.SECTION_TEXT, "section text");
                    }
                    JsonNode fields = block.path("fields");
                    assertThat(fields.size()).as("fields in a section").isLessThanOrEqualTo(
                            BlockKitLimits.SECTION_FIELDS);
                    for (JsonNode field : fields) {
                        total += length(field.path("text"), BlockKitLimits.FIELD_TEXT, "field");
                    }
                }
                case "context" -> {
                    assertThat(block.path("elements").size()).isBetween(1, 10);
                    for (JsonNode element : block.path("elements")) {
                        total += length(element.path("text"), BlockKitLimits.CONTEXT_TEXT, "context");
                    }
                }
                case "actions" -> {
                    assertThat(block.path("elements").size()).isBetween(1,
                            BlockKitLimits.BUTTONS_PER_ACTIONS_BLOCK);
                    for (JsonNode button : block.path("elements")) {
                        assertThat(button.path("type").asText()).isEqualTo("button");
                        assertThat(button.at("/text/type").asText()).isEqualTo("plain_text");
                        total += length(button.at("/text/text"), BlockKitLimits.BUTTON_TEXT, "button text");
                        total += length(button.path("value"), BlockKitLimits.BUTTON_VALUE, "button value");
                        String actionId = button.path("action_id").asText();
                        assertThat(actionId).isNotEmpty().hasSizeLessThanOrEqualTo(BlockKitLimits.ACTION_ID);
                        assertThat(actionIds.add(actionId)).as("action ids are unique").isTrue();
                        if (button.has("style")) {
                            assertThat(button.path("style").asText()).isIn("primary", "danger");
                        }
                    }
                }
                case "divider" -> {
                }
                default -> throw new AssertionError("unexpected block type " + type);
            }
        }
        assertThat(total).as("all text in the blocks").isLessThanOrEqualTo(BlockKitLimits.TOTAL_BLOCK_TEXT);
    }

    private static int length(JsonNode text, int max, String what) {
        assertThat(text.isTextual()).as(what + " is text").isTrue();
        assertThat(text.asText()).as(what).isNotEmpty().hasSizeLessThanOrEqualTo(max);
        return text.asText().length();
    }
}
