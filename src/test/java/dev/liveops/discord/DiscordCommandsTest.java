package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.command.CommandParser;
import dev.liveops.command.LiveCommand;
import dev.liveops.command.ParseResult;
import dev.liveops.discord.SlashCommandLine.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The /live definition within Discord's limits, and slash options turned back into the grammar's line. */
class DiscordCommandsTest {
    private static final String NAME_RULE = "^[-_\\p{L}\\p{N}]{1,32}$";

    @Test
    void theDefinitionIsWithinDiscordsLimits() throws Exception {
        JsonNode live = new ObjectMapper().readTree(DiscordCommands.definition(false).toData().toString());

        List<JsonNode> named = new ArrayList<>(List.of(live));
        assertThat(live.get("options").size()).as("subcommands").isLessThanOrEqualTo(25);
        for (JsonNode subcommand : live.get("options")) {
            named.add(subcommand);
            assertThat(subcommand.path("options").size()).as("options of " + subcommand.get("name"))
                    .isLessThanOrEqualTo(25);
            subcommand.path("options").forEach(option -> {
                named.add(option);
                assertThat(option.path("choices").size()).isLessThanOrEqualTo(25);
                option.path("choices").forEach(choice -> assertThat(choice.get("name").asText()).hasSizeBetween(1,
                        100));
            });
        }
        for (JsonNode node : named) {
            String name = node.get("name").asText();
            assertThat(name).matches(NAME_RULE).isLowerCase();
            assertThat(node.get("description").asText()).as("description of " + name).hasSizeBetween(1, 100);
        }
        assertThat(strings(live.get("contexts"))).containsExactly("0");
    }

    @Test
    void theSubcommandsAreTheDocumentedOnes() throws Exception {
        JsonNode live = new ObjectMapper().readTree(DiscordCommands.definition(true).toData().toString());

        assertThat(StreamSupport.stream(live.get("options").spliterator(), false).map(o -> o.get("name").asText()))
                .containsExactly("list", "read", "portfolio", "orders", "logs", "deploy", "stop", "liquidate",
                        "subscribe", "unsubscribe", "subscriptions", "audit", "whoami", "help", "snooze", "pnl",
                        "digest", "insights", "command", "broadcast", "chart");
        JsonNode status = live.get("options").get(0).get("options").get(0);
        assertThat(status.get("name").asText()).isEqualTo("status");
        assertThat(StreamSupport.stream(status.get("choices").spliterator(), false).map(c -> c.get("value").asText()))
                .containsExactly("DeployError", "InQueue", "Running", "Stopped", "Liquidated", "Deleted",
                        "Completed", "RuntimeError", "Invalid", "LoggingIn", "Initializing", "History");
        JsonNode project = live.get("options").get(1).get("options").get(0);
        assertThat(project.get("autocomplete").asBoolean()).isTrue();
        assertThat(strings(live.get("contexts"))).containsExactly("0", "1");
    }

    @Test
    void optionsBecomeTheGrammarsLine() {
        assertThat(line("list", Map.of())).isEqualTo("list");
        assertThat(line("list", Map.of("status", "Running", "page", "2"))).isEqualTo("list Running --page 2");
        assertThat(line("stop", Map.of("project", "Live/Momentum"))).isEqualTo("stop Live/Momentum");
        assertThat(line("read", Map.of("project", "My Fund/Mean Rev"))).isEqualTo("read \"My Fund/Mean Rev\"");
        assertThat(line("orders", Map.of("project", "momentum", "count", "50"))).isEqualTo("orders momentum 50");
        assertThat(line("deploy", Map.of("project", "pairs", "node", "Spare Live", "brokerage", "paper")))
                .isEqualTo("deploy pairs --node \"Spare Live\" --brokerage paper");
        assertThat(line("subscribe", Map.of("statuses", "RuntimeError, Stopped,"))).isEqualTo(
                "subscribe RuntimeError,Stopped");
        assertThat(line("audit", Map.of("count", "50"))).isEqualTo("audit 50");
        assertThat(line("audit", Map.of("project", "momentum", "count", "5"))).isEqualTo("audit momentum 5");
        assertThat(line("help", Map.of("command", "stop"))).isEqualTo("help stop");
        assertThat(line("snooze", Map.of("project", "momentum", "duration", "2h"))).isEqualTo("snooze momentum 2h");
        assertThat(line("whoami", Map.of())).isEqualTo("whoami");
    }

    @Test
    void quotedNamesReachTheCoreParserIntact() {
        for (String name : List.of("Live/Momentum", "My Fund/Mean Rev", "Bob's Fund", "say \"hi\" twice",
                "\u201cCurly\u201d Fund")) {
            ParseResult parsed = new CommandParser().parse(line("read", Map.of("project", name)));

            assertThat(parsed).isEqualTo(new ParseResult.Parsed(new LiveCommand.Read(name.strip())));
        }
    }

    @Test
    void aValueWithBothQuotesOrAnUnknownSubcommandIsRefused() {
        assertThat(SlashCommandLine.translate("read", Map.of("project", "a'b\"c")))
                .isInstanceOf(Translation.Refused.class);
        assertThat(SlashCommandLine.translate("confirm", Map.of())).isInstanceOf(Translation.Refused.class);
    }

    @Test
    void anAlgorithmCommandKeepsItsArgumentsAsTyped() {
        ParseResult parsed = new CommandParser().parse(line("command", Map.of("project", "Crypto Basis",
                "name", "flatten", "arguments", "symbol=BTCUSD tag=\"end of day\"")));

        assertThat(parsed).isEqualTo(new ParseResult.Parsed(new LiveCommand.SendCommand("Crypto Basis", "flatten",
                Map.of("symbol", "BTCUSD", "tag", "end of day"))));
    }

    private static String line(String subcommand, Map<String, String> options) {
        return ((Translation.Line) SlashCommandLine.translate(subcommand, options)).text();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
