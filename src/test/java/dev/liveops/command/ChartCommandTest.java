package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.reply.Attachment;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /live chart through the gateway, over the sandbox's chart (loading first) and the real renderer. */
class ChartCommandTest {
    private static final Caller VERA = new Caller(Platform.CONSOLE, "vera", "vera", Set.of(), "console");
    private static final Caller SCOPED = new Caller(Platform.CONSOLE, "sam", "sam", Set.of(), "console");

    private TestCore core;

    @BeforeEach
    void setUp() {
        core = TestCore.builder().user(Platform.CONSOLE, "vera", "viewer")
                .role("momentum-reader", Set.of(Permission.READ), "Live/Momentum")
                .user(Platform.CONSOLE, "sam", "momentum-reader").build();
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void aViewerGetsThePictureOfTheDayWithItsSummary() throws Exception {
        Instant now = core.clock().instant();

        Reply reply = core.gateway().handle(VERA, "chart momentum 1d");

        assertThat(reply.severity()).isEqualTo(Reply.Severity.INFO);
        assertThat(reply.title()).isEqualTo("Live/Momentum: equity, last 24 hours");
        assertThat(reply.text()).startsWith("Live/Momentum, last 24 hours: ").contains(" to ")
                .contains("max drawdown");
        Attachment image = reply.attachment().orElseThrow();
        assertThat(image.fileName()).isEqualTo("equity-" + MOMENTUM + "-1d.png");
        assertThat(image.altText()).startsWith("Equity of Live/Momentum");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(picture.getWidth()).isEqualTo(1000);
        assertThat(picture.getHeight()).isEqualTo(500);
        verify(core.live()).equity(MOMENTUM, now.minus(Duration.ofDays(1)), now);
    }

    @Test
    void allStartsAtTheLaunchAndAPeriodLongerThanTheDeploymentToo() {
        Instant launched = core.clock().instant().minus(Duration.ofHours(26));

        Instant first = core.clock().instant();
        assertThat(core.gateway().handle(VERA, "chart meanreversion all").attachment()).isPresent();
        Instant second = core.clock().instant();
        assertThat(core.gateway().handle(VERA, "chart meanreversion 30d").attachment()).isPresent();

        verify(core.live()).equity(MEAN_REVERSION, launched, first);
        verify(core.live()).equity(MEAN_REVERSION, launched, second);
    }

    @Test
    void theWeekIsTheDefaultAndAProjectNameMayHaveSpaces() {
        Instant now = core.clock().instant();

        core.gateway().handle(VERA, "chart Live/CryptoBasis");

        verify(core.live()).equity(CRYPTO_BASIS, now.minus(Duration.ofDays(7)), now);
    }

    @Test
    void aProjectOutsideTheCallersScopeIsNotCharted() {
        Reply reply = core.gateway().handle(SCOPED, "chart meanreversion 7d");

        assertThat(reply.attachment()).isEmpty();
        assertThat(reply.severity()).isEqualTo(Reply.Severity.ERROR);
        verify(core.live(), never()).equity(anyLong(), any(), any());
        assertThat(core.gateway().handle(SCOPED, "chart momentum").attachment()).isPresent();
    }

    @Test
    void aNeverDeployedProjectSaysSoWithoutAPicture() {
        Reply reply = core.gateway().handle(VERA, "chart pairstrading");

        assertThat(reply.attachment()).isEmpty();
        assertThat(reply.text()).isEqualTo("It has never been deployed live, so it has no equity to chart.");
    }

    @Test
    void aPeriodAfterTheDeploymentStoppedHasNoPictureAndSaysSo() {
        Reply reply = core.gateway().handle(VERA, "chart cryptobasis 1d");

        assertThat(reply.attachment()).isEmpty();
        assertThat(reply.text()).isEqualTo("QuantConnect has no equity to chart for the last 24 hours.");
    }

    @Test
    void theGrammarTakesThePeriodAsTheLastWord() {
        CommandParser parser = new CommandParser();

        assertThat(parser.parse("chart \"Crypto Basis\" 30d")).isEqualTo(new ParseResult.Parsed(
                new LiveCommand.ShowChart("Crypto Basis", ChartPeriod.MONTH)));
        assertThat(parser.parse("chart Crypto Basis ALL")).isEqualTo(new ParseResult.Parsed(
                new LiveCommand.ShowChart("Crypto Basis", ChartPeriod.ALL)));
        assertThat(parser.parse("chart 7d")).as("a project named like a period").isEqualTo(new ParseResult.Parsed(
                new LiveCommand.ShowChart("7d", ChartPeriod.WEEK)));
        assertThat(parser.parse("chart momentum 2d")).isEqualTo(new ParseResult.Rejected(
                "'2d' is not a chart period; use 1d, 7d, 30d or all.", java.util.Optional.of(CommandName.CHART)));
        assertThat(parser.parse("chart")).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void helpNamesTheCommandAndItsPeriods() {
        Reply help = core.gateway().handle(VERA, "help chart");

        assertThat(help.title()).isEqualTo("/live chart <project> [1d|7d|30d|all]");
        assertThat(CommandName.CHART.readOnly()).isTrue();
        assertThat(CommandName.CHART.permission()).contains(Permission.READ);
    }
}
