package dev.liveops.notify;

import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.app.EquityChartPicture;
import dev.liveops.chart.EquityChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.console.TextRenderer;
import dev.liveops.digest.ConfiguredDigest;
import dev.liveops.digest.DigestChannel;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Digests on a manual clock, polled as the leader's watcher polls: once per period per channel, across restarts, a
 * missed one sent once, and never a project outside the view of whoever set the digest up.
 */
class DigestDeliveryTest {
    private static final Duration POLL = Duration.ofMinutes(5);
    private static final String DESK = "C-desk";
    private static final Caller CAROL = new Caller(Platform.SLACK, "U-carol", "carol", Set.of(), DESK);
    private static final Caller DAVE = new Caller(Platform.SLACK, "U-dave", "dave", Set.of(), DESK);

    private final RecordingPoster slack = new RecordingPoster(Platform.SLACK);

    private TestCore.Builder core() {
        return TestCore.builder().watcher(watcherSettings().pollInterval(POLL).build()).poster(slack)
                .user(Platform.SLACK, CAROL.userId(), "admin");
    }

    /** Steps the notification service a poll at a time until the clock reaches {@code until} (as UTC text). */
    private static void runUntil(TestCore core, String until) {
        Instant end = Instant.parse(until);
        while (core.clock().instant().isBefore(end)) {
            core.stepAfter(POLL);
        }
    }

    private static String text(Reply reply) {
        return new TextRenderer().render(reply);
    }

    @Test
    void aDailyDigestIsPostedOncePerDayAtItsLocalTime() {
        try (TestCore core = core().build()) {
            Reply set = core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            assertThat(set.title()).isEqualTo("Digest set: daily at 17:00 Europe/London");
            assertThat(set.text()).contains("The first one is due at 2026-11-20 17:00 UTC");

            runUntil(core, "2026-11-20T16:55:00Z");
            assertThat(slack.in(DESK)).isEmpty();
            runUntil(core, "2026-11-20T17:30:00Z");
            assertThat(slack.in(DESK)).singleElement().satisfies(digest -> {
                assertThat(digest.title()).isEqualTo("Daily digest: 2026-11-20 17:00 UTC");
                assertThat(text(digest)).contains("Live/Momentum", "Live/MeanReversion", "Running",
                        "from 2026-11-19 17:00 UTC to 2026-11-20 17:00 UTC");
            });
            runUntil(core, "2026-11-21T16:55:00Z");
            assertThat(slack.in(DESK)).hasSize(1);
            runUntil(core, "2026-11-21T17:30:00Z");
            assertThat(slack.in(DESK)).extracting(Reply::title).containsExactly(
                    "Daily digest: 2026-11-20 17:00 UTC", "Daily digest: 2026-11-21 17:00 UTC");
        }
    }

    @Test
    void aDigestCarriesAPictureOfTotalEquityThroughTheOutbox() throws Exception {
        try (TestCore core = core().digestPicture(new EquityChartPicture(new EquityChart())).build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            runUntil(core, "2026-11-20T17:30:00Z");

            Reply digest = slack.in(DESK).get(0);
            assertThat(digest.attachment()).isPresent();
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(digest.attachment().get().png()));
            assertThat(picture.getWidth()).isEqualTo(EquityChart.DEFAULT_WIDTH);
            assertThat(picture.getHeight()).isEqualTo(EquityChart.DEFAULT_HEIGHT);
            assertThat(digest.attachment().get().altText()).contains("Total equity");
        }
    }

    @Test
    void aDigestDueWhileQuantConnectCannotNameTheProjectsWaitsForTheNamesInsteadOfSayingThereAreNone() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            runUntil(core, "2026-11-20T16:50:00Z");
            core.restart(); // a fresh process: it has not read the project list yet
            core.sandbox().faults().failNextCalls(10_000, 503, "projects/read");

            runUntil(core, "2026-11-20T17:10:00Z");
            assertThat(slack.in(DESK)).isEmpty();

            core.sandbox().faults().clear();
            runUntil(core, "2026-11-20T17:20:00Z");
            assertThat(slack.in(DESK)).singleElement()
                    .satisfies(digest -> assertThat(text(digest)).contains("Live/Momentum"));
        }
    }

    @Test
    void aRestartDoesNotSendTheSameDigestAgain() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            runUntil(core, "2026-11-20T17:10:00Z");
            assertThat(slack.in(DESK)).hasSize(1);

            core.restart();
            runUntil(core, "2026-11-20T19:00:00Z");

            assertThat(slack.in(DESK)).hasSize(1);
        }
    }

    @Test
    void onPostgresqlTooARestartDoesNotSendTheSameDigestAgain() {
        try (TestCore core = core().postgres().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            runUntil(core, "2026-11-20T17:10:00Z");
            core.restart();
            runUntil(core, "2026-11-21T17:10:00Z");

            assertThat(slack.in(DESK)).extracting(Reply::title).containsExactly(
                    "Daily digest: 2026-11-20 17:00 UTC", "Daily digest: 2026-11-21 17:00 UTC");
        }
    }

    @Test
    void digestsMissedWhileLiveOpsWasDownAreSentOnceWhenItIsBack() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 Europe/London");
            runUntil(core, "2026-11-20T15:00:00Z");

            core.clock().advance(Duration.ofDays(3)); // down: no poll, no digest for three scheduled times
            core.restart();
            runUntil(core, "2026-11-23T16:00:00Z");

            assertThat(slack.in(DESK)).extracting(Reply::title)
                    .containsExactly("Daily digest: 2026-11-22 17:00 UTC");
        }
    }

    @Test
    void aWeeklyDigestComesOnItsDayOnly() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest weekly sat 09:00 UTC");
            runUntil(core, "2026-11-21T08:55:00Z");
            assertThat(slack.in(DESK)).isEmpty();
            runUntil(core, "2026-11-21T10:00:00Z");

            assertThat(slack.in(DESK)).singleElement().satisfies(digest -> {
                assertThat(digest.title()).isEqualTo("Weekly digest: 2026-11-21 09:00 UTC");
                assertThat(text(digest)).contains("from 2026-11-14 09:00 UTC to 2026-11-21 09:00 UTC");
            });
        }
    }

    @Test
    void aScopedUsersDigestNeverShowsProjectsOutsideTheirScope() {
        try (TestCore core = core().role("momentum-desk", Set.of(Permission.PNL, Permission.DIGEST),
                "Live/Momentum").user(Platform.SLACK, DAVE.userId(), "momentum-desk").build()) {
            core.sandbox().faults().runtimeError(dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION,
                    "Division by zero");
            assertThat(core.gateway().handle(DAVE, "digest daily 17:00 UTC").title()).startsWith("Digest set");
            runUntil(core, "2026-11-20T17:10:00Z");

            assertThat(slack.in(DESK)).singleElement().satisfies(digest -> assertThat(text(digest))
                    .contains("Live/Momentum").doesNotContain("MeanReversion", "CryptoBasis", "RuntimeError",
                            "Division"));
        }
    }

    @Test
    void aDigestShowsErrorsSinceTheLastOne() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 UTC");
            runUntil(core, "2026-11-20T15:00:00Z");
            core.sandbox().faults().runtimeError(dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION,
                    "Division by zero");
            runUntil(core, "2026-11-20T17:10:00Z");

            assertThat(slack.in(DESK)).singleElement().satisfies(digest -> {
                assertThat(digest.severity()).isEqualTo(Reply.Severity.WARNING);
                List<String> first = digest.table().orElseThrow().rows().get(0);
                assertThat(first.get(0)).isEqualTo("Live/MeanReversion *"); // LiveOps began watching mid-period
                assertThat(first.get(1)).isEqualTo("RuntimeError");
                assertThat(first.get(first.size() - 1)).isEqualTo("RuntimeError (1 deployment)");
            });
        }
    }

    @Test
    void aDeploymentLeftInErrorIsNotCountedAgainAtTheNextDigest() {
        try (TestCore core = core().build()) {
            core.gateway().handle(CAROL, "digest daily 17:00 UTC");
            runUntil(core, "2026-11-20T15:00:00Z");
            core.sandbox().faults().runtimeError(dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION,
                    "Division by zero");
            runUntil(core, "2026-11-21T17:10:00Z");

            assertThat(slack.in(DESK)).extracting(digest -> digest.table().orElseThrow().rows().get(0))
                    .satisfiesExactly(
                            first -> assertThat(first).endsWith("RuntimeError (1 deployment)"),
                            second -> assertThat(second).startsWith("Live/MeanReversion", "RuntimeError")
                                    .endsWith("-"));
        }
    }

    @Test
    void aConfiguredDigestStartsWithItsNextScheduledTimeAndChatCannotChangeIt() {
        DigestChannel channel = new DigestChannel(Platform.SLACK, DESK);
        try (TestCore core = core().digest(new ConfiguredDigest(channel, DigestSchedule.daily(LocalTime.of(14, 0),
                ZoneOffset.UTC), new ProjectGlob("Live/Mean*"))).build()) {
            runUntil(core, "2026-11-21T13:55:00Z");
            assertThat(slack.in(DESK)).isEmpty();
            runUntil(core, "2026-11-21T14:10:00Z");

            assertThat(slack.in(DESK)).singleElement().satisfies(digest -> assertThat(text(digest))
                    .contains("Live/MeanReversion").doesNotContain("Live/Momentum"));
            assertThat(core.gateway().handle(CAROL, "digest off").text())
                    .startsWith("This channel's digest is set in the config: daily at 14:00 UTC");
            assertThat(List.of(core.gateway().handle(CAROL, "digest").text()))
                    .singleElement().asString().contains("projects matching Live/Mean*");
        }
    }
}
