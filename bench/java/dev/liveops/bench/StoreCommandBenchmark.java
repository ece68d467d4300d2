package dev.liveops.bench;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcSubscriptionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store's share of one command on SQLite: the audit row every command writes and the read of its channel's
 * subscription, each in its own handle, as the gateway does them. {@code store} compares the way the store was opened
 * before Flyway and HikariCP (a new connection per handle, WAL with the default synchronous=FULL: an fsync per commit)
 * with today's (one pool of open connections, WAL, synchronous=NORMAL). The file is under target/, on the project's
 * disk, not a tmpfs: fsync cost is the point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class StoreCommandBenchmark {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");
    private static final String AUDIT_INSERT = """
            INSERT INTO audit_log (at, platform, user_id, user_name, channel_id, command_text, command,
                project_id, project_name, step, outcome, action_code, deploy_id)
            VALUES (:at, :platform, :userId, :userName, :channel, :text, :command, :projectId,
                :projectName, :step, :outcome, :code, :deployId)""";

    @Param({"open-per-command-full-sync", "pooled-wal-normal"})
    String store;

    private Path folder;
    private Database database;
    private Command command;

    private interface Command {
        void run();
    }

    @Setup
    public void open() throws IOException {
        Files.createDirectories(Path.of("target"));
        folder = Files.createTempDirectory(Path.of("target"), "bench-store-");
        String url = "jdbc:sqlite:" + folder.resolve("liveops.db");
        database = Database.open(url); // the schema, either way
        if (store.equals("pooled-wal-normal")) {
            JdbcAuditLog audit = new JdbcAuditLog(database);
            JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database);
            command = () -> {
                audit.append(entry());
                subscriptions.find(Platform.SLACK, "C1");
            };
        } else {
            Jdbi before = beforeFlyway(url);
            command = () -> {
                before.useHandle(handle -> handle.createUpdate(AUDIT_INSERT).bind("at", "2026-11-20T14:30:00.000Z")
                        .bind("platform", "SLACK").bind("userId", "U1").bind("userName", "alice")
                        .bind("channel", "C1").bind("text", "status momentum").bind("command", "status")
                        .bind("projectId", 23456789L).bind("projectName", "Live/Momentum").bind("step", "ANSWERED")
                        .bind("outcome", "ok").bind("code", (String) null).bind("deployId", (String) null).execute());
                before.useHandle(handle -> handle.createQuery(
                                "SELECT * FROM subscription WHERE platform = :platform AND channel_id = :channel")
                        .bind("platform", "SLACK").bind("channel", "C1").mapToMap().findOne());
            };
        }
    }

    /** How Database.open set SQLite up before the pool: a DataSource that opens a connection per handle. */
    private static Jdbi beforeFlyway(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return Jdbi.create(source);
    }

    private static AuditEntry entry() {
        return new AuditEntry(Instant.parse("2026-11-20T14:30:00Z"), ALICE, "status momentum", "status", 23456789L,
                "Live/Momentum", AuditStep.ANSWERED, "ok", null, null);
    }

    @Benchmark
    public void command() {
        command.run();
    }

    @TearDown
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
