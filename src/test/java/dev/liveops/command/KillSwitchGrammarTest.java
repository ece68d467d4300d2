package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "all" in place of the project of stop and liquidate is the kill switch, narrowed by an optional --project glob. */
class KillSwitchGrammarTest {
    private final CommandParser parser = new CommandParser();

    private LiveCommand parsed(String line) {
        return ((Parsed) parser.parse(line)).command();
    }

    @Test
    void allInPlaceOfTheProjectIsTheKillSwitch() {
        assertThat(parsed("stop all")).isEqualTo(new LiveCommand.StopAll(Optional.empty()));
        assertThat(parsed("/live liquidate ALL")).isEqualTo(new LiveCommand.LiquidateAll(Optional.empty()));
        assertThat(parsed("stop all --project Live/*")).isEqualTo(new LiveCommand.StopAll(Optional.of("Live/*")));
        assertThat(parsed("liquidate --project=\"Fleet/Strategy-00?\" all"))
                .isEqualTo(new LiveCommand.LiquidateAll(Optional.of("Fleet/Strategy-00?")));
    }

    @Test
    void anyOtherProjectIsStillOneProject() {
        assertThat(parsed("stop all weather")).isEqualTo(new LiveCommand.Stop("all weather"));
        assertThat(parsed("liquidate momentum")).isEqualTo(new LiveCommand.Liquidate("momentum"));
    }

    @Test
    void theGlobGoesOnlyWithAllAndMustBeAPattern() {
        assertThat(parser.parse("stop momentum --project Live/*")).isEqualTo(new Rejected(
                "Unknown option --project.", Optional.of(CommandName.STOP)));
        assertThat(parser.parse("stop all --project Live/$x")).isEqualTo(new Rejected("'Live/$x' is not a project "
                + "name pattern; use letters, digits, / . _ - and the wildcards * and ?.",
                Optional.of(CommandName.STOP)));
    }

    @Test
    void theUsageLineShowsTheKillSwitch() {
        assertThat(CommandName.STOP.usage()).isEqualTo("/live stop <project> | stop all [--project <glob>]");
        assertThat(CommandName.LIQUIDATE.usage())
                .isEqualTo("/live liquidate <project> | liquidate all [--project <glob>]");
    }
}
