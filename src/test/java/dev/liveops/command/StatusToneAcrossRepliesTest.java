package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.notify.NotificationComposer;
import dev.liveops.notify.StatusChange;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.access.Caller;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import dev.liveops.reply.StatusTone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A status reads the same everywhere: {@code read}, {@code list <status>} and a notification agree on its tone. */
class StatusToneAcrossRepliesTest {
    private static final Caller ADMIN = TestCallers.ALICE;

    private TestCore harness;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        harness = TestCore.builder().consoleAdmin().build();
        gateway = harness.gateway();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void readListAndANotificationGiveAStatusTheSameTone() {
        harness.sandbox().faults().runtimeError(MEAN_REVERSION, "Index was outside the bounds of the array.");
        List<LiveStatus> seen = new ArrayList<>();
        for (long projectId : List.of(MOMENTUM, MEAN_REVERSION, CRYPTO_BASIS)) {
            Reply read = gateway.handle(ADMIN, "read " + projectId);
            LiveStatus status = harness.client().live().read(projectId).status();
            seen.add(status);
            Reply list = gateway.handle(ADMIN, "list " + status.wireName());
            Reply notification = new NotificationComposer().single(new StatusChange(projectId, read.title(), "L-1",
                    StatusChange.Kind.CHANGED, Optional.of(LiveStatus.IN_QUEUE), Optional.of(status),
                    harness.clock().instant(), "", null), List.of());

            assertThat(List.of(read.severity(), list.severity(), notification.severity()))
                    .as(status.wireName()).containsOnly(StatusTone.of(status));
        }
        assertThat(seen).containsExactly(LiveStatus.RUNNING, LiveStatus.RUNTIME_ERROR, LiveStatus.STOPPED);
    }
}
