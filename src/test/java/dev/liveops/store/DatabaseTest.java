package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.subscription.Subscription;
import dev.liveops.quantconnect.model.LiveStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

    @TempDir
    Path folder;

    @Test
    void createsTheSchemaInAFolderThatDoesNotExistYetAndMigratesOnce() {
        String url = "jdbc:sqlite:" + folder.resolve("nested/dir/liveops.db");

        assertThat(Database.open(url).schemaVersion()).isEqualTo(3);
        assertThat(Database.open(url).schemaVersion()).isEqualTo(3);
    }

    @Test
    void theAuditLogIsAppendOnly() {
        Database database = Database.open("jdbc:sqlite:" + folder.resolve("audit.db"));
        JdbcAuditLog audit = new JdbcAuditLog(database);
        audit.append(new AuditEntry(Instant.parse("2026-11-20T10:00:00Z"), ALICE, "stop momentum", "stop",
                23456789L, "Live/Momentum", AuditStep.REQUESTED, "awaiting confirmation", "K7Q2XM", null));
        audit.append(new AuditEntry(Instant.parse("2026-11-20T10:00:01Z"), ALICE, "list", "list", null, null,
                AuditStep.ANSWERED, "ok", null, null));

        assertThat(audit.recent(Optional.empty(), 10)).extracting(AuditEntry::commandText)
                .containsExactly("list", "stop momentum");
        assertThat(audit.recent(Optional.of(23456789L), 10)).singleElement()
                .satisfies(entry -> assertThat(entry.actionCode()).isEqualTo("K7Q2XM"));
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET outcome = 'x'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void subscriptionsRoundTripAndReplacePerChannel() {
        JdbcSubscriptionStore store = new JdbcSubscriptionStore(Database.open("jdbc:sqlite:" + folder.resolve("s.db")));
        Instant at = Instant.parse("2026-11-20T10:00:00.120Z");
        Caller alice = new Caller(Platform.DISCORD, "1", "alice", Set.of(), "chan");
        Caller bob = new Caller(Platform.DISCORD, "2", "bob", Set.of("role-9", "role-7"), "chan");
        store.save(new Subscription(Platform.DISCORD, "chan", Set.of(), "*", alice, at));
        store.save(new Subscription(Platform.DISCORD, "chan", Set.of(LiveStatus.RUNTIME_ERROR), "Live/*", bob, at));

        assertThat(store.all()).singleElement().satisfies(s -> {
            assertThat(s.statuses()).containsExactly(LiveStatus.RUNTIME_ERROR);
            assertThat(s.subscriber()).isEqualTo(bob);
            assertThat(s.project()).isEqualTo("Live/*");
            assertThat(s.createdAt()).isEqualTo(at);
        });
        assertThat(store.remove(Platform.DISCORD, "chan")).isTrue();
        assertThat(store.remove(Platform.DISCORD, "chan")).isFalse();
    }
}
