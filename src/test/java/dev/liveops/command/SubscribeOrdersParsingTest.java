package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.OrderAlerts;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code subscribe --orders [filled|all]}: a bare --orders means fills, and the words after it keep their meaning. */
class SubscribeOrdersParsingTest {
    private final CommandParser parser = new CommandParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "subscribe                                   | NONE",
            "subscribe --orders                          | FILLED",
            "subscribe --orders filled                   | FILLED",
            "subscribe --orders ALL                      | ALL",
            "subscribe --orders=all                      | ALL",
            "subscribe --orders none                     | NONE"})
    void theOrdersChoiceIsRead(String line, OrderAlerts expected) {
        assertThat(parser.parse(line)).isEqualTo(new Parsed(new LiveCommand.Subscribe(Set.of(), "*", expected)));
    }

    @Test
    void aBareOrdersLeavesTheNextWordAStatusAndTheOptionsAfterItOptions() {
        assertThat(parser.parse("subscribe --orders RuntimeError --project Live/*")).isEqualTo(new Parsed(
                new LiveCommand.Subscribe(Set.of(LiveStatus.RUNTIME_ERROR), "Live/*", OrderAlerts.FILLED)));
        assertThat(parser.parse("subscribe Stopped --project Live/* --orders")).isEqualTo(new Parsed(
                new LiveCommand.Subscribe(Set.of(LiveStatus.STOPPED), "Live/*", OrderAlerts.FILLED)));
    }

    @Test
    void anUnknownChoiceIsRefusedInOneSentence() {
        assertThat(parser.parse("subscribe --orders=fills")).isInstanceOfSatisfying(Rejected.class, rejected ->
                assertThat(rejected.reason()).isEqualTo("--orders takes filled, all or none, not 'fills'."));
    }
}
