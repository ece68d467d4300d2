package dev.liveops.bench;

import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.notify.ChangeRouter;
import dev.liveops.notify.ChannelBatch;
import dev.liveops.notify.KnownDeployment;
import dev.liveops.notify.NotificationComposer;
import dev.liveops.notify.Route;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.notify.StatusDiff;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One watcher cycle over an organisation of 10,000 live deployments, without the QuantConnect call and the store:
 * the diff against the known state, routing to 20 subscriptions (globs, status filters, a scoped subscriber, snoozes)
 * and composing one message per channel. {@code changed} is how many deployments changed since the last poll.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WatcherCycleBenchmark {
    private static final int DEPLOYMENTS = 10_000;
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    @Param({"0", "100", "10000"})
    int changed;

    private final StatusDiff diff = new StatusDiff(Optional.of(Duration.ofHours(1)));
    private final ChangeRouter router = new ChangeRouter();
    private final NotificationComposer composer = new NotificationComposer();
    private Map<Long, KnownDeployment> known;
    private List<LiveDeployment> current;
    private List<Route> routes;
    private Map<Long, String> names;
    private final Set<Long> snoozed = Set.of(7L, 70L, 700L);

    @Setup
    public void organisation() {
        known = new HashMap<>();
        current = new ArrayList<>();
        names = new HashMap<>();
        Instant launched = NOW.minus(Duration.ofDays(3));
        for (long id = 1; id <= DEPLOYMENTS; id++) {
            String deployId = "L-" + Long.toHexString(id * 7919);
            names.put(id, (id % 10 == 0 ? "Crypto/" : "Equities/") + "Strategy-" + id);
            known.put(id, new KnownDeployment(id, deployId, LiveStatus.RUNNING, null, BigDecimal.valueOf(100_000),
                    launched, null));
            boolean changes = id <= changed;
            LiveStatus status = changes ? (id % 3 == 0 ? LiveStatus.STOPPED : LiveStatus.RUNTIME_ERROR)
                    : LiveStatus.RUNNING;
            current.add(new LiveDeployment(id, deployId, status, launched, null, "Interactive Brokers", "sub",
                    BigDecimal.valueOf(100_000 + id), "live", null, status.isError() ? "Broker disconnected" : null));
        }
        routes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Platform platform = i % 2 == 0 ? Platform.DISCORD : Platform.SLACK;
            Set<LiveStatus> statuses = i % 4 == 0 ? Set.of() : Set.of(LiveStatus.RUNTIME_ERROR, LiveStatus.STOPPED);
            ProjectGlob glob = new ProjectGlob(i % 5 == 0 ? "Crypto/*" : "*");
            routes.add(new Route(new ChannelKey(platform, "channel-" + i), statuses, glob,
                    i == 3 ? name -> name.startsWith("Equities/") : name -> true,
                    Map.of(Severity.ERROR, List.of(Mention.here()))));
        }
    }

    @Benchmark
    public void cycle(Blackhole sink) {
        StatusDiff.Result result = diff.compare(known, current, true, NOW, names::get);
        for (ChannelBatch batch : router.route(result.changes(), routes, snoozed)) {
            sink.consume(composer.batch(batch));
        }
        sink.consume(result.updates());
    }
}
