package dev.liveops.bench;

import dev.liveops.equity.EquitySnapshot;
import dev.liveops.notify.CycleRecord;
import dev.liveops.notify.KnownDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcEquitySnapshotStore;
import dev.liveops.store.JdbcNotificationStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store's share of a watcher poll where every deployment changed status, alone: the cycle's transaction with
 * one changed {@code watched_deployment} row per deployment, and the equity snapshot each change takes, on SQLite as
 * LiveOps opens it. This is the part of {@link WatcherPollBenchmark}'s all-changed poll that no parsing or routing
 * change can remove: it sets a floor under that poll's target.
 *
 * <p>{@code write} = {@code states} (the cycle alone), {@code snapshots} (the snapshots alone) or {@code both}, as a
 * poll does them. Each invocation flips every status and takes its snapshots 30 s after the last ones. The snapshots
 * of the last {@value #POLLS_KEPT} polls are kept (older ones deleted between invocations, untimed): a table that grew
 * with the run would make each figure depend on how long the run was.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class WatcherStoreWriteBenchmark {
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final BigDecimal EQUITY = new BigDecimal("100000.25");
    private static final int POLLS_KEPT = 10;

    @Param({"10000", "100000"})
    int deployments;

    @Param({"states", "snapshots", "both"})
    String write;

    private Path folder;
    private Database database;
    private JdbcNotificationStore states;
    private JdbcEquitySnapshotStore snapshots;
    private int poll;

    @Setup
    public void open() throws IOException {
        Files.createDirectories(Path.of("target"));
        folder = Files.createTempDirectory(Path.of("target"), "bench-watcher-store-");
        database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"));
        states = new JdbcNotificationStore(database);
        snapshots = new JdbcEquitySnapshotStore(database);
        poll(); // every deployment known once, as after the baseline
    }

    @Setup(Level.Invocation)
    public void keepTheLastPolls() {
        snapshots.deleteBefore(START.plusSeconds(30L * (poll - POLLS_KEPT)), Integer.MAX_VALUE);
    }

    @Benchmark
    public void poll() {
        Instant at = START.plusSeconds(30L * poll);
        LiveStatus status = poll++ % 2 == 0 ? LiveStatus.RUNNING : LiveStatus.RUNTIME_ERROR;
        if (!write.equals("snapshots")) {
            List<KnownDeployment> updates = new ArrayList<>(deployments);
            for (int i = 0; i < deployments; i++) {
                updates.add(new KnownDeployment(1000 + i, "L-" + Integer.toHexString(i * 7919), status,
                        status.isError() ? "Broker disconnected" : "", EQUITY, at, status.isError() ? at : null));
            }
            states.record(new CycleRecord(at, updates, Set.of(), List.of(), Optional.empty(), Set.of(), true));
        }
        if (!write.equals("states")) {
            List<EquitySnapshot> taken = new ArrayList<>(deployments);
            for (int i = 0; i < deployments; i++) {
                taken.add(new EquitySnapshot(1000 + i, "L-" + Integer.toHexString(i * 7919), at, status, EQUITY));
            }
            snapshots.add(taken);
        }
    }

    @TearDown
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
