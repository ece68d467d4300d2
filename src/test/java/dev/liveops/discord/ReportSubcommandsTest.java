package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.command.CommandParser;
import dev.liveops.command.LiveCommand;
import dev.liveops.command.ParseResult;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.discord.SlashCommandLine.Translation;
import dev.liveops.equity.PnlPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** /live pnl and /live digest on Discord: typed options with choices, read back by the core grammar. */
class ReportSubcommandsTest {
    private static LiveCommand parsed(String subcommand, Map<String, String> options) {
        String line = ((Translation.Line) SlashCommandLine.translate(subcommand, options)).text();
        return ((ParseResult.Parsed) new CommandParser().parse(line)).command();
    }

    private static List<String> choices(JsonNode subcommand, String option) {
        JsonNode found = StreamSupport.stream(subcommand.get("options").spliterator(), false)
                .filter(o -> o.get("name").asText().equals(option)).findFirst().orElseThrow();
        return StreamSupport.stream(found.get("choices").spliterator(), false).map(c -> c.get("value").asText())
                .toList();
    }

    @Test
    void theOptionsOfferTheirChoices() throws Exception {
        JsonNode live = new ObjectMapper().readTree(DiscordCommands.definition(false).toData().toString());
        JsonNode pnl = StreamSupport.stream(live.get("options").spliterator(), false)
                .filter(o -> o.get("name").asText().equals("pnl")).findFirst().orElseThrow();
        JsonNode digest = StreamSupport.stream(live.get("options").spliterator(), false)
                .filter(o -> o.get("name").asText().equals("digest")).findFirst().orElseThrow();

        assertThat(choices(pnl, "period")).containsExactly("day", "week", "month");
        assertThat(choices(digest, "schedule")).containsExactly("daily", "weekly", "off");
        assertThat(choices(digest, "day")).hasSize(7).startsWith("monday");
    }

    @Test
    void theOptionsBecomeTheCoreCommand() {
        assertThat(parsed("pnl", Map.of("project", "Crypto Basis", "period", "week")))
                .isEqualTo(new LiveCommand.ShowPnl(Optional.of("Crypto Basis"), PnlPeriod.WEEK));
        assertThat(parsed("pnl", Map.of())).isEqualTo(new LiveCommand.ShowPnl(Optional.empty(), PnlPeriod.DAY));
        assertThat(parsed("digest", Map.of("schedule", "weekly", "day", "friday", "time", "17:00",
                "zone", "Europe/London"))).isEqualTo(new LiveCommand.ManageDigest(Optional.of(DigestSchedule.weekly(
                DayOfWeek.FRIDAY, LocalTime.of(17, 0), ZoneId.of("Europe/London"))), false));
        assertThat(parsed("digest", Map.of("schedule", "off")))
                .isEqualTo(new LiveCommand.ManageDigest(Optional.empty(), true));
    }
}
