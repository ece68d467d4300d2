package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every command reaches a handler, and a name that matches many projects says how many. */
class CommandRoutingTest {
    private static final Caller ADMIN = TestCallers.ALICE;

    @Test
    void everyCommandNameIsHandled() {
        Map<CommandName, String> lines = new EnumMap<>(CommandName.class);
        lines.put(CommandName.LIST, "list");
        lines.put(CommandName.READ, "read momentum");
        lines.put(CommandName.PORTFOLIO, "portfolio momentum");
        lines.put(CommandName.ORDERS, "orders momentum 5");
        lines.put(CommandName.LOGS, "logs momentum 5");
        lines.put(CommandName.DEPLOY, "deploy pairs");
        lines.put(CommandName.STOP, "stop meanrev");
        lines.put(CommandName.LIQUIDATE, "liquidate cryptobasis");
        lines.put(CommandName.SUBSCRIBE, "subscribe RuntimeError");
        lines.put(CommandName.UNSUBSCRIBE, "unsubscribe");
        lines.put(CommandName.SUBSCRIPTIONS, "subscriptions");
        lines.put(CommandName.SNOOZE, "snooze momentum 30m");
        lines.put(CommandName.AUDIT, "audit");
        lines.put(CommandName.WHOAMI, "whoami");
        lines.put(CommandName.HELP, "help stop");
        lines.put(CommandName.CONFIRM, "confirm ABCDEF");
        lines.put(CommandName.CANCEL, "cancel ABCDEF");
        lines.put(CommandName.APPROVE, "approve ABCDEF");
        lines.put(CommandName.PNL, "pnl all week");
        lines.put(CommandName.DIGEST, "digest daily 17:00 Europe/London");
        lines.put(CommandName.INSIGHTS, "insights momentum 3");
        lines.put(CommandName.COMMAND, "command momentum flatten");
        lines.put(CommandName.BROADCAST, "broadcast risk-off");
        lines.put(CommandName.CHART, "chart momentum 1d");
        assertThat(lines.keySet()).as("a line for every command").isEqualTo(EnumSet.allOf(CommandName.class));

        try (TestCore harness = admin().build()) {
            CommandGateway gateway = harness.gateway();
            for (Map.Entry<CommandName, String> line : lines.entrySet()) {
                ParseResult parsed = new CommandParser().parse(line.getValue());
                Reply reply = gateway.handle(ADMIN, line.getValue());

                assertThat(parsed).as(line.getValue()).isInstanceOfSatisfying(ParseResult.Parsed.class,
                        p -> assertThat(p.command().name()).isEqualTo(line.getKey()));
                assertThat(reply.text()).as(line.getValue())
                        .doesNotStartWith("Something went wrong inside LiveOps");
            }
        }
    }

    @Test
    void anAmbiguousNameListsTenMatchesAndCountsTheRest() {
        try (TestCore harness = admin().fleet(300).build()) {
            Reply reply = harness.gateway().handle(ADMIN, "read fleet");

            assertThat(reply.text()).startsWith("'fleet' matches 300 projects: Fleet/Strategy-0001 (")
                    .endsWith(" and 290 more. Name one exactly.");
        }
    }

    @Test
    void aNameWithSpacesThatMatchesNothingHintsAtQuotes() {
        try (TestCore harness = admin().build()) {
            Reply reply = harness.gateway().handle(ADMIN, "orders momentum 5 7");

            assertThat(reply.text()).startsWith("There is no project 'momentum 5'.")
                    .endsWith("LiveOps read 'momentum 5' as one name; quote a name with spaces (\"Crypto Basis\") "
                            + "to keep the words after it apart.");
        }
    }

    private static TestCore.Builder admin() {
        return TestCore.builder().consoleAdmin();
    }
}
