package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.liveops.command.LiveCommand.Deploy;
import dev.liveops.command.LiveCommand.ListDeployments;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.quantconnect.model.LiveStatus;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {
    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> validCommands() {
        return Stream.of(
                Arguments.of("/live list", new ListDeployments(Optional.empty(), 1)),
                Arguments.of("list Running", new ListDeployments(Optional.of(LiveStatus.RUNNING), 1)),
                Arguments.of("LIST runtimeerror --page 3", new ListDeployments(Optional.of(LiveStatus.RUNTIME_ERROR), 3)),
                Arguments.of("list --page=2 stopped", new ListDeployments(Optional.of(LiveStatus.STOPPED), 2)),
                Arguments.of("read momentum", new LiveCommand.Read("momentum")),
                Arguments.of("read \"Live/Mean Reversion\"", new LiveCommand.Read("Live/Mean Reversion")),
                Arguments.of("read \u201cLive/Mean Reversion\u201d", new LiveCommand.Read("Live/Mean Reversion")),
                Arguments.of("portfolio 23456789", new LiveCommand.ShowPortfolio("23456789")),
                Arguments.of("orders momentum", new LiveCommand.ShowOrders("momentum", 10)),
                Arguments.of("orders momentum 100", new LiveCommand.ShowOrders("momentum", 100)),
                Arguments.of("logs momentum", new LiveCommand.ShowLogs("momentum", 20)),
                Arguments.of("logs momentum 250", new LiveCommand.ShowLogs("momentum", 250)),
                Arguments.of("deploy momentum", new Deploy("momentum", Optional.empty(), Optional.empty())),
                Arguments.of("deploy momentum --node L-MICRO-2 --brokerage paper",
                        new Deploy("momentum", Optional.of("L-MICRO-2"), Optional.of("paper"))),
                Arguments.of("deploy --brokerage=ib momentum", new Deploy("momentum", Optional.empty(), Optional.of("ib"))),
                Arguments.of("stop momentum", new LiveCommand.Stop("momentum")),
                Arguments.of("/live liquidate /Live/Momentum", new LiveCommand.Liquidate("/Live/Momentum")),
                Arguments.of("subscribe", new LiveCommand.Subscribe(Set.of(), "*")),
                Arguments.of("subscribe RuntimeError stopped,liquidated",
                        new LiveCommand.Subscribe(Set.of(LiveStatus.RUNTIME_ERROR, LiveStatus.STOPPED, LiveStatus.LIQUIDATED),
                                "*")),
                Arguments.of("subscribe RuntimeError --project Live/*",
                        new LiveCommand.Subscribe(Set.of(LiveStatus.RUNTIME_ERROR), "Live/*")),
                Arguments.of("snooze momentum 2h", new LiveCommand.Snooze("momentum",
                        Optional.of(java.time.Duration.ofHours(2)))),
                Arguments.of("snooze momentum 1h30m", new LiveCommand.Snooze("momentum",
                        Optional.of(java.time.Duration.ofMinutes(90)))),
                Arguments.of("snooze momentum off", new LiveCommand.Snooze("momentum", Optional.empty())),
                Arguments.of("unsubscribe", new LiveCommand.Unsubscribe()),
                Arguments.of("subscriptions", new LiveCommand.ShowSubscriptions()),
                Arguments.of("audit", new LiveCommand.ShowAudit(Optional.empty(), 20)),
                Arguments.of("audit 50", new LiveCommand.ShowAudit(Optional.empty(), 50)),
                Arguments.of("audit momentum", new LiveCommand.ShowAudit(Optional.of("momentum"), 20)),
                Arguments.of("audit 23456789", new LiveCommand.ShowAudit(Optional.of("23456789"), 20)),
                Arguments.of("audit momentum 5", new LiveCommand.ShowAudit(Optional.of("momentum"), 5)),
                Arguments.of("read Crypto Basis", new LiveCommand.Read("Crypto Basis")),
                Arguments.of("portfolio Crypto  Basis", new LiveCommand.ShowPortfolio("Crypto Basis")),
                Arguments.of("stop Crypto Basis", new LiveCommand.Stop("Crypto Basis")),
                Arguments.of("liquidate Live/Crypto Basis", new LiveCommand.Liquidate("Live/Crypto Basis")),
                Arguments.of("orders Crypto Basis", new LiveCommand.ShowOrders("Crypto Basis", 10)),
                Arguments.of("orders Crypto Basis 5", new LiveCommand.ShowOrders("Crypto Basis", 5)),
                Arguments.of("logs Crypto Basis 30", new LiveCommand.ShowLogs("Crypto Basis", 30)),
                Arguments.of("deploy Crypto Basis --brokerage paper",
                        new Deploy("Crypto Basis", Optional.empty(), Optional.of("paper"))),
                Arguments.of("snooze Crypto Basis 2h", new LiveCommand.Snooze("Crypto Basis",
                        Optional.of(java.time.Duration.ofHours(2)))),
                Arguments.of("audit Crypto Basis 5", new LiveCommand.ShowAudit(Optional.of("Crypto Basis"), 5)),
                Arguments.of("audit Crypto Basis", new LiveCommand.ShowAudit(Optional.of("Crypto Basis"), 20)),
                Arguments.of("whoami", new LiveCommand.WhoAmI()),
                Arguments.of("help", new LiveCommand.Help(Optional.empty())),
                Arguments.of("/live", new LiveCommand.Help(Optional.empty())),
                Arguments.of("help liquidate", new LiveCommand.Help(Optional.of(CommandName.LIQUIDATE))),
                Arguments.of("confirm K7Q2XM", new LiveCommand.Confirm("K7Q2XM")),
                Arguments.of("cancel k7q2xm", new LiveCommand.Cancel("k7q2xm")),
                Arguments.of("approve K7Q2XM", new LiveCommand.Approve("K7Q2XM")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCommands")
    void parsesEverySubcommand(String line, LiveCommand expected) {
        assertThat(parser.parse(line)).isEqualTo(new Parsed(expected));
    }

    static Stream<LiveStatus> documentedStatuses() {
        return LiveStatus.nameable().stream();
    }

    @Test
    void theStatusesAUserMayNameAreTheTwelveOfTheApi() {
        assertThat(LiveStatus.nameable()).extracting(LiveStatus::wireName).containsExactly("DeployError", "InQueue",
                "Running", "Stopped", "Liquidated", "Deleted", "Completed", "RuntimeError", "Invalid", "LoggingIn",
                "Initializing", "History");
    }

    @ParameterizedTest
    @MethodSource("documentedStatuses")
    void acceptsEveryStatusInAnySpelling(LiveStatus status) {
        for (String spelling : new String[] {status.wireName(), status.wireName().toLowerCase(),
                status.wireName().toUpperCase()}) {
            assertThat(parser.parse("list " + spelling))
                    .isEqualTo(new Parsed(new ListDeployments(Optional.of(status), 1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Idle", "PendingInput", "undefined", "Unknown"})
    void refusesAnyOtherStatusWithOneSentenceListingTheTwelve(String word) {
        String sentence = "'" + word + "' is not a deployment status; the statuses are DeployError, InQueue, "
                + "Running, Stopped, Liquidated, Deleted, Completed, RuntimeError, Invalid, LoggingIn, "
                + "Initializing, History.";

        assertThat(parser.parse("list " + word)).isEqualTo(new Rejected(sentence, Optional.of(CommandName.LIST)));
        assertThat(parser.parse("subscribe Running " + word))
                .isEqualTo(new Rejected(sentence, Optional.of(CommandName.SUBSCRIBE)));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("", "Type a subcommand, e.g. /live list Running; /live help lists them all."),
                Arguments.of("   ", "Type a subcommand, e.g. /live list Running; /live help lists them all."),
                Arguments.of("lsit", "Unknown subcommand 'lsit'. Did you mean list? /live help lists them all."),
                Arguments.of("frobnicate", "Unknown subcommand 'frobnicate'. /live help lists them all."),
                Arguments.of("list Runing", "'Runing' is not a deployment status (did you mean Running?); the "
                        + "statuses are DeployError, InQueue, Running, Stopped, Liquidated, Deleted, Completed, "
                        + "RuntimeError, Invalid, LoggingIn, Initializing, History. "
                        + "Usage: /live list [status] [--page N]"),
                Arguments.of("read", "Name a project, by name or id. Usage: /live read <project>"),
                Arguments.of("list Running now", "Unexpected 'now'. Usage: /live list [status] [--page N]"),
                Arguments.of("snooze Crypto Basis", "'Basis' is not a duration; a project name with spaces goes in "
                        + "quotes, e.g. snooze \"Crypto Basis\" 2h. Usage: /live snooze <project> <duration|off>"),
                Arguments.of("snooze momentum 2x", "'2x' is not a duration; write it like 30m, 2h, 1d or 1h30m. "
                        + "Usage: /live snooze <project> <duration|off>"),
                Arguments.of("snooze momentum", "Say for how long, e.g. 2h, or off. "
                        + "Usage: /live snooze <project> <duration|off>"),
                Arguments.of("orders momentum 0", "The count must be between 1 and 100, not 0. "
                        + "Usage: /live orders <project> [n]"),
                Arguments.of("orders momentum 101", "The count must be between 1 and 100, not 101. "
                        + "Usage: /live orders <project> [n]"),
                Arguments.of("deploy momentum --node", "The option --node needs a value. "
                        + "Usage: /live deploy <project> [--node <id|name>] [--brokerage <profile>]"),
                Arguments.of("deploy momentum --force yes", "Unknown option --force. "
                        + "Usage: /live deploy <project> [--node <id|name>] [--brokerage <profile>]"),
                Arguments.of("read \"Live/Momentum", "A quote (\") is not closed."),
                Arguments.of("confirm", "Give the confirmation code shown with the request. Usage: /live confirm <code>"),
                Arguments.of("confirm ;DROP TABLE", "';DROP' is not a confirmation code. Usage: /live confirm <code>"),
                Arguments.of("help nothing", "There is no command 'nothing'. Usage: /live help [command]"),
                Arguments.of("read mom\u0000entum", "That command contains control characters; type it as plain text."),
                Arguments.of("x".repeat(10_000), "That command is 10000 characters long; the limit is 500."),
                Arguments.of("read momentum\nstop momentum", "Send one command per line."),
                Arguments.of("list --page 0", "--page takes a number from 1 to 10000, not '0'. "
                        + "Usage: /live list [status] [--page N]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInput")
    void badInputGetsOneClearSentenceAndTheUsage(String line, String message) {
        ParseResult result = parser.parse(line);

        assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(
                rejected.reason() + rejected.usageOf().map(name -> " Usage: " + name.usage()).orElse(""))
                .isEqualTo(message));
    }

    @Test
    void unicodeProjectNamesAreKept() {
        assertThat(parser.parse("read Live/Momentum-\u00e9\u4e2d\u6587"))
                .isEqualTo(new Parsed(new LiveCommand.Read("Live/Momentum-\u00e9\u4e2d\u6587")));
    }

    @Test
    void echoesOfHostileInputAreShortened() {
        ParseResult result = parser.parse("help " + "a".repeat(300));

        assertThat(((Rejected) result).reason()).hasSizeLessThan(100);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void neverThrows(String line) {
        assertThatCode(() -> parser.parse(line)).doesNotThrowAnyException();
    }

    static Stream<String> hostile() {
        return Stream.of(null, "\"", "'", "''", "\"\"", "--", "--page", "list --page -1", "list --page 999999999999",
                "list --page 0", "\uD83D\uDE80 \uD83D\uDE80", "\uD800", "read ''", "orders x 99999999999999999999",
                "subscribe ,,,", "audit a b c", "list --page=", "deploy x --node=", "\t\n", "/live /live list");
    }
}
