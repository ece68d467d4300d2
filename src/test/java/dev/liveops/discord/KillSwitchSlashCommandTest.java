package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.discord.SlashCommandLine.Translation;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

/** On Discord the kill switch is project "all", with the glob in its own option. */
class KillSwitchSlashCommandTest {
    @Test
    void projectAllWithAPatternIsTheKillSwitchLine() {
        assertThat(SlashCommandLine.translate("stop", Map.of("project", "all", "matching", "Live/*")))
                .isEqualTo(new Translation.Line("stop all --project Live/*"));
        assertThat(SlashCommandLine.translate("liquidate", Map.of("project", "all")))
                .isEqualTo(new Translation.Line("liquidate all"));
    }

    @Test
    void stopAndLiquidateOfferTheMatchingOption() {
        for (String word : new String[] {"stop", "liquidate"}) {
            SubcommandData subcommand = DiscordCommands.definition(false).getSubcommands().stream()
                    .filter(s -> s.getName().equals(word)).findFirst().orElseThrow();
            assertThat(subcommand.getOptions()).anySatisfy(option -> {
                assertThat(option.getName()).isEqualTo("matching");
                assertThat(option.isRequired()).isFalse();
            });
        }
    }
}
