package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.discord.SlashCommandLine.Translation;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.junit.jupiter.api.Test;

/** /live subscribe offers the orders choice, and it reaches the grammar as --orders. */
class SubscribeOrdersOptionTest {

    @Test
    void theSubscribeSubcommandOffersFilledAndAll() {
        OptionData orders = DiscordCommands.definition(false).getSubcommands().stream()
                .filter(subcommand -> subcommand.getName().equals("subscribe")).findFirst().orElseThrow()
                .getOptions().stream().filter(option -> option.getName().equals("orders")).findFirst().orElseThrow();

        assertThat(orders.getChoices()).extracting(choice -> choice.getAsString()).containsExactly("filled", "all");
    }

    @Test
    void theChoiceBecomesTheOrdersOption() {
        assertThat(SlashCommandLine.translate("subscribe", Map.of("orders", "all", "project", "Live/*")))
                .isEqualTo(new Translation.Line("subscribe --project Live/* --orders all"));
    }
}
