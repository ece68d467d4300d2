package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.MINIMAL;
import static dev.liveops.config.TestConfigs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** notifications.equitySnapshotMinutes, equityRetentionDays and digests: defaults, the example, and mistakes. */
class DigestConfigTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    private List<String> problemsOf(String json) {
        return catchThrowableOfType(ConfigException.class, () -> loader.parse(json, "bot-config.json")).problems()
                .stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void snapshotsDefaultToEveryFifteenMinutesForFourHundredDaysAndNoDigest() {
        NotificationsConfig notifications = loader.parse(MINIMAL, "bot-config.json").notifications();

        assertThat(notifications.equitySnapshotMinutes()).isEqualTo(15);
        assertThat(notifications.equityRetentionDays()).isEqualTo(400);
        assertThat(notifications.digests()).isEmpty();
    }

    @Test
    void theExampleHasADailyAndAWeeklyDigest() {
        NotificationsConfig notifications = loader.load(Path.of("bot-config.example.json")).notifications();

        assertThat(notifications.digests()).containsExactly(
                new NotificationsConfig.Digest("slack", "C0123ABCD", "daily", null, "17:00", "Europe/London", "*"),
                new NotificationsConfig.Digest("discord", "556677889900112233", "weekly", "friday", "18:00",
                        "America/New_York", "prod-*"));
    }

    @Test
    void aWeeklyDigestNeedsItsDayAndAZoneMustExist() {
        assertThat(problemsOf(with(MINIMAL, "/notifications", """
                {"digests": [{"platform": "slack", "channel": "C1", "schedule": "weekly", "time": "17:00"}]}""")))
                .anySatisfy(line -> assertThat(line).contains("$.notifications.digests[0]").contains("day"));
        assertThat(problemsOf(with(MINIMAL, "/notifications", """
                {"digests": [{"platform": "slack", "channel": "C1", "schedule": "daily", "time": "17:00",
                 "zone": "Mars/Olympus"}]}""")))
                .containsExactly("$.notifications.digests[0].zone: \"Mars/Olympus\" is not a time zone; use a "
                        + "region id such as Europe/London or America/New_York, or UTC");
        assertThat(problemsOf(with(MINIMAL, "/notifications", """
                {"digests": [{"platform": "slack", "channel": "C1", "schedule": "daily", "time": "5pm"}]}""")))
                .containsExactly("$.notifications.digests[0].time: must be a 24-hour time HH:MM, e.g. 17:00");
    }
}
