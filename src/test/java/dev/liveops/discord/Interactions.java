package dev.liveops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INTERACTION_CREATE payloads as Discord sends them: a slash command, a button press, an autocomplete request, in a
 * server channel (member with role ids) or a direct message. Each has a fresh snowflake id and its own token.
 */
public final class Interactions {
    private static final String COMMAND_ID = "500000000000000001";
    private final FakeDiscord fake;
    private int tokens;

    public Interactions(FakeDiscord fake) {
        this.fake = fake;
    }

    /**
     * Who interacts: a member of {@link DiscordTestServer#GUILD} with these role ids, or a DM user when guild is null.
     */
    public record Who(String userId, String name, List<String> roleIds, String guildId, String channelId) {
        public static Who member(String userId, String name, String... roleIds) {
            return new Who(userId, name, List.of(roleIds), DiscordTestServer.GUILD, DiscordTestServer.CHANNEL);
        }

        public static Who directMessage(String userId, String name) {
            return new Who(userId, name, List.of(), null, "650000000000000001");
        }
    }

    /** {@code /live <subcommand> name:value ...}; values that look like integers are sent as integers. */
    public ObjectNode slash(Who who, String subcommand, String... nameValues) {
        ObjectNode interaction = base(who, 2);
        ObjectNode data = command(interaction);
        ArrayNode options = data.putArray("options").addObject().put("name", subcommand).put("type", 1)
                .putArray("options");
        options(nameValues).forEach((name, value) -> {
            if (value.matches("\\d{1,9}")) {
                options.addObject().put("name", name).put("type", 4).put("value", Integer.parseInt(value));
            } else {
                options.addObject().put("name", name).put("type", 3).put("value", value);
            }
        });
        return interaction;
    }

    /** Typing in an autocompleted string option of a subcommand. */
    public ObjectNode autocomplete(Who who, String subcommand, String option, String typed) {
        ObjectNode interaction = base(who, 4);
        command(interaction).putArray("options").addObject().put("name", subcommand).put("type", 1)
                .putArray("options").addObject().put("name", option).put("type", 3).put("value", typed)
                .put("focused", true);
        return interaction;
    }

    /** Pressing the button with this custom id on a message (as Discord stored it). */
    public ObjectNode button(Who who, JsonNode message, String customId) {
        ObjectNode interaction = base(who, 3);
        interaction.set("message", message);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        return interaction;
    }

    /** The custom ids of a message's buttons, row by row: what {@link #button} can press. */
    public static List<String> customIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.get("components").forEach(row -> row.get("components")
                .forEach(button -> ids.add(button.get("custom_id").asText())));
        return ids;
    }

    public String lastToken() {
        return "token-" + tokens;
    }

    private ObjectNode base(Who who, int type) {
        tokens++;
        ObjectNode interaction = fake.json().createObjectNode().put("id", fake.snowflake())
                .put("application_id", FakeDiscord.APPLICATION_ID).put("type", type).put("token", lastToken())
                .put("version", 1).put("channel_id", who.channelId()).put("locale", "en-US")
                .put("app_permissions", "2248473465835073");
        interaction.putArray("entitlements");
        if (who.guildId() == null) {
            interaction.put("context", 1);
            ObjectNode channel = interaction.putObject("channel").put("id", who.channelId()).put("type", 1);
            channel.putArray("recipients").add(fake.user(who.userId(), who.name(), false));
            interaction.set("user", fake.user(who.userId(), who.name(), false));
            interaction.putObject("authorizing_integration_owners").put("0", FakeDiscord.APPLICATION_ID);
            return interaction;
        }
        interaction.put("context", 0).put("guild_id", who.guildId()).put("guild_locale", "en-US");
        interaction.set("channel", fake.textChannel(who.guildId(), who.channelId(), 0));
        interaction.putObject("guild").put("id", who.guildId()).put("locale", "en-US").putArray("features");
        ObjectNode member = interaction.putObject("member").put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("deaf", false).put("mute", false).put("flags", 0).put("permissions", "2248473465835073");
        member.set("user", fake.user(who.userId(), who.name(), false));
        ArrayNode roles = member.putArray("roles");
        who.roleIds().forEach(roles::add);
        interaction.putObject("authorizing_integration_owners").put("0", who.guildId());
        return interaction;
    }

    private static ObjectNode command(ObjectNode interaction) {
        ObjectNode data = interaction.putObject("data").put("id", COMMAND_ID).put("name", DiscordCommands.NAME)
                .put("type", 1);
        if (interaction.has("guild_id")) {
            data.put("guild_id", interaction.get("guild_id").asText());
        }
        return data;
    }

    private static Map<String, String> options(String... nameValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            options.put(nameValues[i], nameValues[i + 1]);
        }
        return options;
    }
}
