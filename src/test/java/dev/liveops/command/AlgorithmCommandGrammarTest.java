package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of /live command, /live broadcast and /live insights. */
class AlgorithmCommandGrammarTest {
    private final CommandParser parser = new CommandParser();

    private LiveCommand parsed(String line) {
        ParseResult result = parser.parse(line);
        assertThat(result).as(line).isInstanceOf(Parsed.class);
        return ((Parsed) result).command();
    }

    private String rejected(String line) {
        ParseResult result = parser.parse(line);
        assertThat(result).as(line).isInstanceOf(Rejected.class);
        return ((Rejected) result).reason();
    }

    @Test
    void theArgumentsStartAtTheFirstKeyValueAndTheProjectMayHaveSpaces() {
        assertThat(parsed("/live command Crypto Basis flatten symbol=BTCUSD tag=\"end of day\""))
                .isEqualTo(new LiveCommand.SendCommand("Crypto Basis", "flatten",
                        Map.of("symbol", "BTCUSD", "tag", "end of day")));
        assertThat(parsed("command \"Live/Momentum\" risk-off"))
                .isEqualTo(new LiveCommand.SendCommand("Live/Momentum", "risk-off", Map.of()));
        assertThat(parsed("broadcast risk-off mode=cash"))
                .isEqualTo(new LiveCommand.Broadcast("risk-off", Map.of("mode", "cash")));
        assertThat(parsed("insights momentum 25")).isEqualTo(new LiveCommand.ShowInsights("momentum", 25));
        assertThat(parsed("insights momentum")).isEqualTo(new LiveCommand.ShowInsights("momentum", 10));
    }

    @Test
    void malformedCommandsGetOneSentence() {
        assertThat(rejected("command momentum")).isEqualTo("Name a project and a command, e.g. command momentum "
                + "flatten.");
        assertThat(rejected("command momentum flatten symbol=SPY SPY")).isEqualTo("'SPY' is not an argument; "
                + "write arguments as key=value, e.g. symbol=SPY.");
        assertThat(rejected("command momentum flatten symbol=")).isEqualTo("The argument symbol needs a value, "
                + "e.g. symbol=SPY.");
        assertThat(rejected("command momentum flatten a=1 a=2")).isEqualTo("The argument a is given twice.");
        assertThat(rejected("broadcast")).isEqualTo("Name the command to broadcast, e.g. broadcast risk-off.");
        assertThat(rejected("broadcast risk off")).isEqualTo("Name one command, then its arguments as key=value.");
        assertThat(rejected("insights momentum 100")).isEqualTo("The count must be between 1 and 99, not 100.");
    }
}
