package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.Subscription;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema and the simple stores, on SQLite and on a real PostgreSQL, from the same migrations. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DatabaseTest {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

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
    void migratesAFreshStoreToTheLatestVersionAndOpensItAgainUnchanged() {
        assertThat(store.database().schemaVersion()).isEqualTo("11");
        try (Database again = Database.open(store.url())) {
            assertThat(again.schemaVersion()).isEqualTo("11");
            int applied = again.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history")
                    .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(8); // V1, V1.1, V2, V3, V4, V5, V6, V11: each applied once
        }
    }

    @Test
    void aStoreMigratedByANewerLiveOpsIsRefused() {
        store.database().jdbi().useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank,"
                + " version, description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, ?)",
                true));

        assertThatThrownBy(() -> Database.open(store.url()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The store is at schema version 99, newer than this LiveOps knows (11); run a newer"
                        + " LiveOps or point store.url elsewhere.");
    }

    @Test
    void theAuditLogIsAppendOnly() {
        Database database = store.database();
        JdbcAuditLog audit = new JdbcAuditLog(database);
        audit.append(new AuditEntry(Instant.parse("2026-11-20T10:00:00Z"), ALICE, "stop momentum", "stop",
                23456789L, "Live/Momentum", AuditStep.REQUESTED, "awaiting confirmation", "K7Q2XM", null));
        audit.append(new AuditEntry(Instant.parse("2026-11-20T10:00:01Z"), ALICE, "list", "list", null, null,
                AuditStep.ANSWERED, "ok", null, null));

        assertThat(audit.recent(Optional.empty(), 10)).extracting(AuditEntry::commandText)
                .containsExactly("list", "stop momentum");
        assertThat(audit.recent(Optional.empty(), 1)).extracting(AuditEntry::commandText).containsExactly("list");
        assertThat(audit.recent(Optional.of(23456789L), 10)).singleElement()
                .satisfies(entry -> assertThat(entry.actionCode()).isEqualTo("K7Q2XM"));
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET outcome = 'x'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void subscriptionsRoundTripAndReplacePerChannel() {
        JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(store.database());
        Instant at = Instant.parse("2026-11-20T10:00:00.120Z");
        Caller alice = new Caller(Platform.DISCORD, "1", "alice", Set.of(), "chan");
        Caller bob = new Caller(Platform.DISCORD, "2", "bob", Set.of("role-9", "role-7"), "chan");
        subscriptions.save(new Subscription(Platform.DISCORD, "chan", Set.of(), "*", alice, at));
        subscriptions.save(new Subscription(Platform.DISCORD, "chan", Set.of(LiveStatus.RUNTIME_ERROR), "Live/*", bob,
                at));

        assertThat(subscriptions.all()).singleElement().satisfies(s -> {
            assertThat(s.statuses()).containsExactly(LiveStatus.RUNTIME_ERROR);
            assertThat(s.subscriber()).isEqualTo(bob);
            assertThat(s.project()).isEqualTo("Live/*");
            assertThat(s.createdAt()).isEqualTo(at);
        });
        assertThat(subscriptions.find(Platform.DISCORD, "chan")).isPresent();
        assertThat(subscriptions.remove(Platform.DISCORD, "chan")).isTrue();
        assertThat(subscriptions.remove(Platform.DISCORD, "chan")).isFalse();
    }

    @Test
    void aSnoozeIsReplacedPerProjectAndItsEndIsKept() {
        JdbcSnoozeStore snoozes = new JdbcSnoozeStore(store.database());
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        snoozes.save(new Snooze(23456789L, "Live/Momentum", now.plusSeconds(600), "alice"));
        snoozes.save(new Snooze(23456789L, "Live/Momentum", now.plusSeconds(3600), "bob"));

        assertThat(snoozes.active(now)).singleElement().satisfies(snooze -> {
            assertThat(snooze.until()).isEqualTo(now.plusSeconds(3600));
            assertThat(snooze.by()).isEqualTo("bob");
        });
        assertThat(snoozes.end(23456789L, now.plusSeconds(60))).isTrue();
        assertThat(snoozes.end(23456789L, now.plusSeconds(60))).isFalse();
        assertThat(snoozes.active(now.plusSeconds(60))).isEmpty();
        assertThat(snoozes.endedBetween(now, now.plusSeconds(60))).extracting(Snooze::projectId)
                .containsExactly(23456789L);
    }
}
