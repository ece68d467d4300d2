package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Platform;
import dev.liveops.notify.CycleRecord;
import dev.liveops.notify.KnownDeployment;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.notify.Outage;
import dev.liveops.notify.QueuedMessage;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The watcher's state and the outbox, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class JdbcNotificationStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
    private static final ChannelKey ALERTS = new ChannelKey(Platform.SLACK, "C-alerts");
    private static final ChannelKey DESK = new ChannelKey(Platform.DISCORD, "desk");

    @Parameter
    StoreKind kind;

    private TempDatabase store;
    private JdbcNotificationStore notifications;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        notifications = new JdbcNotificationStore(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static CycleRecord cycle(List<KnownDeployment> updates, List<OutboundMessage> messages,
                                     Optional<Outage> outage) {
        return new CycleRecord(NOW, updates, Set.of(), messages, outage, Set.of(), true);
    }

    @Test
    void aCycleKeepsItsStateMessagesAndOutageTogether() {
        KnownDeployment running = new KnownDeployment(23456789L, "L-abc", LiveStatus.RUNNING, null,
                new BigDecimal("100250.50"), NOW, null);
        Outage outage = new Outage(NOW, 2, "HTTP 503", false);
        notifications.record(cycle(List.of(running), List.of(new OutboundMessage(ALERTS, Reply.error("Stopped.")),
                new OutboundMessage(ALERTS, Reply.error("Later."))), Optional.of(outage)));
        notifications.record(cycle(List.of(running), List.of(), Optional.empty()));

        assertThat(notifications.hasBaseline()).isTrue();
        assertThat(notifications.outage()).isEmpty();
        assertThat(notifications.knownDeployment(23456789L)).contains(running);
        assertThat(notifications.knownDeployments()).containsOnlyKeys(23456789L);
        // Only each channel's oldest message is due, so a channel keeps its order.
        assertThat(notifications.dueMessages(NOW, 10)).singleElement().satisfies(queued -> {
            assertThat(queued.message().reply()).isEqualTo(Reply.error("Stopped."));
            assertThat(queued.attempts()).isZero();
        });
    }

    @Test
    void aFailedMessageWaitsForItsRetryAndASentOneIsNotDueAgain() {
        notifications.queue(List.of(new OutboundMessage(ALERTS, Reply.error("One.")),
                new OutboundMessage(DESK, Reply.error("Two."))), NOW);
        List<QueuedMessage> due = notifications.dueMessages(NOW, 10);
        assertThat(due).extracting(queued -> queued.message().channel()).containsExactly(ALERTS, DESK);

        notifications.markFailed(due.get(0).id(), NOW.plus(Duration.ofMinutes(1)), "HTTP 500");
        notifications.markSent(due.get(1).id(), NOW);

        assertThat(notifications.dueMessages(NOW, 10)).isEmpty();
        assertThat(notifications.dueMessages(NOW.plus(Duration.ofMinutes(1)), 10)).singleElement()
                .satisfies(queued -> assertThat(queued.attempts()).isEqualTo(1));
        notifications.markAbandoned(due.get(0).id(), NOW, "gave up");
        assertThat(notifications.dueMessages(NOW.plus(Duration.ofHours(1)), 10)).isEmpty();
    }
}
