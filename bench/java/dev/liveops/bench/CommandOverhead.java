package dev.liveops.bench;

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
import java.util.Arrays;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Benchmark 1 of issue 14: what a command costs over the bare signed call. {@code read momentum} and {@code list}
 * through the gateway of the test core (SQLite store under target/, the sandbox as QuantConnect, with TCP_NODELAY),
 * and the bare signed OkHttp POST to the same sandbox and endpoint, interleaved call by call in one run so both
 * sides see the same machine. Not JMH: JMH runs benchmarks one after another, never interleaved. Prints p50, p99
 * and their differences in microseconds.
 */
public final class CommandOverhead {
    private static final Caller ADMIN = new Caller(Platform.CONSOLE, "alice", "alice", Set.of(), "console");
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int WARMUP = 1_000;
    private static final int ROUNDS = 4_000;

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
        try (TestCore core = TestCore.builder().user(Platform.CONSOLE, "alice", "admin").build()) {
            new CommandOverhead(core).run();
        }
    }

    private void run() throws IOException {
        System.out.println("read momentum -> " + gateway.handle(ADMIN, "read momentum").title());
        System.out.println("list -> " + gateway.handle(ADMIN, "list").title());
        long[][] samples = new long[4][ROUNDS];
        for (int round = -WARMUP; round < ROUNDS; round++) {
            for (int k = 0; k < 4; k++) {
                int which = (k + Math.floorMod(round, 4)) % 4; // rotate the order so none always goes first
                long started = System.nanoTime();
                call(which);
                long took = System.nanoTime() - started;
                if (round >= 0) {
                    samples[which][round] = took;
                }
            }
        }
        String[] names = {"read via gateway", "live/read bare", "list via gateway", "live/list bare"};
        long[][] percentiles = new long[4][];
        for (int i = 0; i < 4; i++) {
            Arrays.sort(samples[i]);
            percentiles[i] = new long[] {at(samples[i], 0.50), at(samples[i], 0.99)};
            System.out.printf("%-18s p50 %8.1f us   p99 %8.1f us%n", names[i], percentiles[i][0] / 1e3,
                    percentiles[i][1] / 1e3);
        }
        for (int i = 0; i < 4; i += 2) {
            System.out.printf("%-18s overhead p50 %+8.1f us   p99 %+8.1f us%n", names[i],
                    (percentiles[i][0] - percentiles[i + 1][0]) / 1e3, (percentiles[i][1] - percentiles[i + 1][1]) / 1e3);
        }
        System.out.printf("%d interleaved rounds after %d warm-up rounds%n", ROUNDS, WARMUP);
    }

    private void call(int which) throws IOException {
        switch (which) {
            case 0 -> expect(gateway.handle(ADMIN, "read momentum"));
            case 1 -> bare("live/read", "{\"projectId\":23456789}");
            case 2 -> expect(gateway.handle(ADMIN, "list"));
            default -> bare("live/list", "{}");
        }
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
