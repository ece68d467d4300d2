package dev.liveops.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.Timeouts;
import dev.liveops.reply.Reply;
import dev.liveops.sandbox.DemoOrganization;
import dev.liveops.sandbox.SandboxFaults;
import dev.liveops.testing.Replies;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * QuantConnect misbehaving under a command: each fault gives one clear sentence, the call comes back (the client's
 * timeouts bound it; the JUnit timeout only guards against a hang), and the next command is served.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class QuantConnectFaultsTest {
    private static final Caller TRADER = new Caller(Platform.SLACK, "U-TRADE", "tom", Set.of(), "C1");
    private static final Timeouts SHORT = new Timeouts(Duration.ofMillis(500), Duration.ofMillis(300),
            Duration.ofSeconds(1));

    @Test
    void slowAnswersEndInTimeWithASentence() {
        assertFaultThenService(faults -> faults.delayResponses(Duration.ofSeconds(2)),
                "QuantConnect did not answer live/read: it did not answer in time.");
    }

    @Test
    void aBurstOfServerErrorsIsNamed() {
        assertFaultThenService(faults -> faults.failNextCalls(5, 503),
                "QuantConnect's live/read failed: it answered HTTP 503.");
    }

    @Test
    void malformedJsonIsNamed() {
        assertFaultThenService(faults -> faults.malformedJson(5),
                "QuantConnect answered live/read (HTTP 200) with something that is not JSON.");
    }

    @Test
    void aDroppedConnectionIsNamed() {
        assertFaultThenService(faults -> faults.dropConnections(5),
                "QuantConnect did not answer live/read: the connection failed");
    }

    @Test
    void aRotatedTokenPointsAtTheConfigAndEverythingElseStillAnswers() {
        try (TestCore core = trader()) {
            core.sandbox().faults().rotateApiToken("regenerated-on-quantconnect");

            Reply refused = core.gateway().handle(TRADER, "read momentum");
            Reply whoami = core.gateway().handle(TRADER, "whoami");
            Reply again = core.gateway().handle(TRADER, "read momentum");

            assertThat(refused.text()).startsWith("QuantConnect refused LiveOps' credentials: check "
                    + "quantconnect.userId and quantconnect.apiToken in the config");
            assertThat(refused.text()).doesNotContain("regenerated-on-quantconnect");
            assertThat(whoami.severity()).isEqualTo(Reply.Severity.INFO);
            assertThat(again.text()).isEqualTo(refused.text());
        }
    }

    @Test
    void aStopWhoseConnectionDropsSaysWhatIsKnownAndTheNextCommandIsServed() {
        try (TestCore core = trader()) {
            String code = Replies.confirmCode(core.gateway().handle(TRADER, "stop momentum"));
            core.sandbox().faults().dropConnections(1, "live/update/stop");

            Reply confirmed = core.gateway().handle(TRADER, "confirm " + code);
            Reply served = core.gateway().handle(TRADER, "read momentum");

            assertThat(confirmed.text()).startsWith("The live/update/stop request may have reached QuantConnect, but "
                    + "the connection failed (IOException), so whether it took effect is unknown; it was not sent "
                    + "again. QuantConnect now reports Live/Momentum as Running.");
            verify(core.live(), times(1)).stop(DemoOrganization.MOMENTUM);
            assertThat(served.title()).contains("Live/Momentum");
        }
    }

    private static void assertFaultThenService(Consumer<SandboxFaults> fault, String sentence) {
        try (TestCore core = trader()) {
            core.gateway().handle(TRADER, "read momentum"); // the project list is cached: the fault hits live/read
            fault.accept(core.sandbox().faults());

            Reply failed = core.gateway().handle(TRADER, "read momentum");
            core.sandbox().faults().clear();
            Reply served = core.gateway().handle(TRADER, "read momentum");

            assertThat(failed.severity()).isEqualTo(Reply.Severity.ERROR);
            assertThat(failed.text()).startsWith(sentence);
            assertThat(failed.text().split("(?<=\\.) ")).as("one sentence: %s", failed.text()).hasSize(1);
            assertThat(served.severity()).as(served.text()).isNotEqualTo(Reply.Severity.ERROR);
            assertThat(served.title()).contains("Live/Momentum");
        }
    }

    private static TestCore trader() {
        return TestCore.builder().user(Platform.SLACK, "U-TRADE", "trader").timeouts(SHORT).build();
    }
}
