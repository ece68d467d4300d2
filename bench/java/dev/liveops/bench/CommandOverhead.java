package dev.liveops.bench;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import dev.liveops.quantconnect.QuantConnectCredentials;
import dev.liveops.quantconnect.RequestSigner;
import dev.liveops.reply.Reply;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.secret.Secret;
import dev.liveops.testing.TestCore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Benchmark 1 of issue 14: what a command costs over the bare signed call. {@code read momentum} and {@code list}
 * through the gateway of the test core (SQLite store, the sandbox as QuantConnect, with TCP_NODELAY), and the bare
 * signed OkHttp POST to the same sandbox and endpoint, interleaved call by call in one run so both sides see the same
 * machine. Not JMH: JMH runs benchmarks one after another, never interleaved. Prints p50, p99 and their differences in
 * microseconds (and p99.9, where checkpoints and collections show), and the median CPU time of the calling thread:
 * on a machine shared with other work the CPU time moves far less than the wall-clock time.
 *
 * <p>Stage rows, interleaved with the rest unless {@code -Dbench.stages=false}: the typed client's call alone (what
 * the gateway asks QuantConnect) and the audit row alone (what the gateway writes), so the gateway's overhead splits
 * into QuantConnect client, audit, and the rest (parsing, access, project look-up, rendering, the log line).
 * The client is the production one; {@code -Dbench.spied=true} wraps it in the test core's Mockito spies, as the
 * figures before session 2 were measured. {@code -Dbench.rounds} and {@code -Dbench.warmup} set the rounds.
 */
public final class CommandOverhead {
    private static final Caller ADMIN = new Caller(Platform.CONSOLE, "alice", "alice", Set.of(), "console");
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long MOMENTUM = 23456789L;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4_000);

    private record Call(String name, Step step) {
    }

    private interface Step {
        void run() throws IOException;
    }

    private final TestCore core;
    private final CommandGateway gateway;
    private final OkHttpClient http = new OkHttpClient();
    private final RequestSigner signer;

    private CommandOverhead(TestCore core) {
        this.core = core;
        this.gateway = core.gateway();
        this.signer = new RequestSigner(new QuantConnectCredentials(QuantConnectSandbox.DEFAULT_USER_ID,
                Secret.of(QuantConnectSandbox.DEFAULT_API_TOKEN)), core.clock());
    }

    public static void main(String[] args) throws IOException {
        TestCore.Builder options = TestCore.builder().user(Platform.CONSOLE, "alice", "admin");
        if (!Boolean.getBoolean("bench.spied")) {
            options.unspied();
        }
        try (TestCore core = options.build()) {
            new CommandOverhead(core).run();
        }
    }

    private List<Call> calls() {
        List<Call> calls = new ArrayList<>(List.of(
                new Call("read via gateway", () -> expect(gateway.handle(ADMIN, "read momentum"))),
                new Call("live/read bare", () -> bare("live/read", "{\"projectId\":" + MOMENTUM + "}")),
                new Call("list via gateway", () -> expect(gateway.handle(ADMIN, "list"))),
                new Call("live/list bare", () -> bare("live/list", "{}"))));
        if (!"false".equals(System.getProperty("bench.stages"))) {
            AuditEntry entry = new AuditEntry(core.clock().instant(), ADMIN, "read momentum", "read", MOMENTUM,
                    "Live/Momentum", AuditStep.ANSWERED, "Live/Momentum: Running", null, null);
            calls.add(new Call("stage: client read", () -> core.client().live().read(MOMENTUM)));
            calls.add(new Call("stage: client list", () -> core.client().live().list(Optional.empty())));
            calls.add(new Call("stage: audit row", () -> core.stores().auditLog().append(entry)));
        }
        return calls;
    }

    private void run() throws IOException {
        System.out.println("read momentum -> " + gateway.handle(ADMIN, "read momentum").title());
        System.out.println("list -> " + gateway.handle(ADMIN, "list").title());
        List<Call> calls = calls();
        int count = calls.size();
        long[][] samples = new long[count][ROUNDS];
        long[][] cpu = new long[count][ROUNDS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -WARMUP; round < ROUNDS; round++) {
            for (int k = 0; k < count; k++) {
                int which = (k + Math.floorMod(round, count)) % count; // rotate the order so none always goes first
                long startedCpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                calls.get(which).step().run();
                long took = System.nanoTime() - started;
                long tookCpu = threads.getCurrentThreadCpuTime() - startedCpu;
                if (round >= 0) {
                    samples[which][round] = took;
                    cpu[which][round] = tookCpu;
                }
            }
        }
        long[][] percentiles = new long[count][];
        long[] cpuMedians = new long[count];
        for (int i = 0; i < count; i++) {
            Arrays.sort(samples[i]);
            Arrays.sort(cpu[i]);
            cpuMedians[i] = at(cpu[i], 0.50);
            percentiles[i] = new long[] {at(samples[i], 0.50), at(samples[i], 0.99), at(samples[i], 0.999)};
            System.out.printf("%-20s p50 %8.1f us   p99 %8.1f us   p99.9 %8.1f us   cpu p50 %7.1f us%n",
                    calls.get(i).name(), percentiles[i][0] / 1e3, percentiles[i][1] / 1e3, percentiles[i][2] / 1e3,
                    cpuMedians[i] / 1e3);
        }
        for (int i = 0; i < 4; i += 2) {
            System.out.printf("%-20s overhead p50 %+8.1f us   p99 %+8.1f us   cpu p50 %+7.1f us%n",
                    calls.get(i).name(), (percentiles[i][0] - percentiles[i + 1][0]) / 1e3,
                    (percentiles[i][1] - percentiles[i + 1][1]) / 1e3, (cpuMedians[i] - cpuMedians[i + 1]) / 1e3);
        }
        System.out.printf("%d interleaved rounds after %d warm-up rounds, client %s%n", ROUNDS, WARMUP,
                Boolean.getBoolean("bench.spied") ? "spied (Mockito)" : "unspied");
    }

    private static void expect(Reply reply) {
        if (reply == null) {
            throw new IllegalStateException("The gateway gave no reply");
        }
    }

    private void bare(String endpoint, String body) throws IOException {
        RequestSigner.Signature signature = signer.sign();
        Request request = new Request.Builder().url(core.sandbox().baseUrl() + "/" + endpoint)
                .header("Authorization", signature.authorization()).header("Timestamp", signature.timestamp())
                .post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || !response.body().string().contains("\"success\":true")) {
                throw new IllegalStateException(endpoint + " failed: HTTP " + response.code());
            }
        }
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
