package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.notify.OrderEventStore.Reading;
import dev.liveops.notify.OrderEventStore.Seen;
import dev.liveops.quantconnect.model.OrderStatus;
import dev.liveops.subscription.OrderAlerts;
import dev.liveops.subscription.Subscription;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** V9 on both databases: a subscription keeps its order choice, and the order watcher its marks and frontier. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class OrderAlertsStoreTest {
    private static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of("G1"), "C1");

    @Parameter
    StoreKind kind;

    private TempDatabase store;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSubscriptionKeepsItsOrderChoiceAndOneMadeBeforeV9HearsNone() {
        JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(store.database());
        subscriptions.save(new Subscription(Platform.SLACK, "C1", Set.of(), "*", ALICE, AT, OrderAlerts.ALL));
        subscriptions.save(new Subscription(Platform.SLACK, "C2", Set.of(), "*", ALICE, AT));

        assertThat(subscriptions.find(Platform.SLACK, "C1").orElseThrow().orders()).isEqualTo(OrderAlerts.ALL);
        assertThat(subscriptions.find(Platform.SLACK, "C2").orElseThrow().orders()).isEqualTo(OrderAlerts.NONE);
    }

    @Test
    void marksAndFrontierAreKeptPerDeploymentAndAProjectsNewDeploymentRetiresTheOld() {
        JdbcOrderEventStore orders = new JdbcOrderEventStore(store.database());
        Seen partial = new Seen(7, OrderStatus.PARTIALLY_FILLED);
        Seen filled = new Seen(7, OrderStatus.FILLED);
        orders.record(AT, List.of(new Reading("L-1", 42, 7, Set.of(partial))), List.of(), Set.of());
        orders.record(AT, List.of(new Reading("L-1", 42, 8, Set.of(filled, new Seen(8, OrderStatus.SUBMITTED)))),
                List.of(), Set.of());

        assertThat(orders.frontier("L-1")).hasValue(8);
        assertThat(orders.seen("L-1", 7, 7)).containsExactlyInAnyOrder(partial, filled);
        assertThat(orders.frontier("L-2")).isEmpty();

        orders.record(AT, List.of(new Reading("L-2", 42, 0, Set.of())), List.of(), Set.of());
        assertThat(orders.frontier("L-1")).isEmpty();
        assertThat(orders.seen("L-1", 0, 100)).isEmpty();
        assertThat(orders.frontier("L-2")).hasValue(0);
        assertThat(orders.watched()).containsExactly("L-2");

        orders.record(AT, List.of(), List.of(), Set.of("L-2"));
        assertThat(orders.watched()).isEmpty();
    }
}
