package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.FLEET_FIRST_ID;
import static dev.liveops.testing.Replies.confirmCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionRules;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A kill switch's deployment whose answer was lost is watched until QuantConnect shows what became of it. */
class KillSwitchCloseWatchTest {
    private static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "ops-discord");

    private final RecordingPoster discord = new RecordingPoster(Platform.DISCORD);
    private TestCore core;

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void onlyTheDeploymentWhoseAnswerWasLostIsFollowedUp() {
        core = TestCore.builder().fleet(3).user(Platform.DISCORD, "200", "trader").poster(discord)
                .rules(ActionRules.paperTrading().withKillSwitchConcurrency(1)).build();
        core.notifications().step();
        String code = confirmCode(core.gateway().handle(TRADER, "stop all --project Fleet/*"));
        core.sandbox().faults().failNextCalls(1, 503, "live/update/stop");

        Reply summary = core.gateway().handle(TRADER, "confirm " + code);
        core.client().live().stop(FLEET_FIRST_ID); // someone stops it by hand meanwhile
        core.stepAfter(Duration.ofSeconds(5));

        assertThat(summary.text()).startsWith("2 stopped and 0 failed; for 1 the outcome is unknown");
        assertThat(discord.in("ops-discord")).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Fleet/Strategy-0001 is Stopped");
            assertThat(reply.fields()).contains(new Reply.Field("Action", "stop " + code + "/" + FLEET_FIRST_ID,
                    true));
        });
    }
}
