package dev.liveops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * QuantConnect as the client sees it, in front of a {@link TestCore}'s sandbox: every request is counted by endpoint
 * and body and passed on to the sandbox, unless the gate is {@link #hold held}, when it waits at the gate until
 * {@link #open} (no sleeps: "at once" is then certain). A slow QuantConnect for benchmarks: {@link #delay}.
 * Point a core at it with {@code TestCore.builder().quantConnectAt(gate.baseUrl())}, then {@link #forwardTo} the core's
 * sandbox.
 */
public final class GatedQuantConnect implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final List<String> PASSED_ON = List.of("Authorization", "Timestamp", "Accept", "User-Agent");

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(WAIT).build();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Semaphore arrivals = new Semaphore(0);
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile Duration delay = Duration.ZERO;
    private volatile String target;

    public GatedQuantConnect() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return passOn(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** What the client is configured with: {@code http://127.0.0.1:port/api/v2}. */
    public String baseUrl() {
        return server.url("/api/v2").toString();
    }

    /** Passes requests on to this QuantConnect API (a sandbox's {@code baseUrl()}). */
    public GatedQuantConnect forwardTo(String baseUrl) {
        this.target = baseUrl;
        return this;
    }

    /** Requests from now on wait until {@link #open}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    /** Every request waits this long before it is passed on: a slow QuantConnect, for benchmarks. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Waits until {@code count} more requests have arrived (held or not) since the last wait. */
    public void awaitArrivals(int count) throws InterruptedException {
        if (!arrivals.tryAcquire(count, WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("fewer than " + count + " requests reached QuantConnect; saw " + requests);
        }
    }

    /** Requests so far, by {@code endpoint body}, e.g. {@code live/read {"projectId":23456789}}. */
    public Map<String, Integer> requests() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        requests.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    /** Forgets the requests counted so far. */
    public void resetCounts() {
        requests.clear();
        arrivals.drainPermits();
    }

    private MockResponse passOn(RecordedRequest request) throws InterruptedException {
        String endpoint = request.getUrl().encodedPath().replaceFirst("^/api/v2/", "");
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        requests.computeIfAbsent(endpoint + " " + body, key -> new AtomicInteger()).incrementAndGet();
        arrivals.release();
        if (!gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            return new MockResponse.Builder().code(504).body("the test never opened the gate").build();
        }
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
        Request.Builder forwarded = new Request.Builder().url(target + "/" + endpoint)
                .post(RequestBody.create(body, JSON));
        PASSED_ON.forEach(name -> {
            String value = request.getHeaders().get(name);
            if (value != null) {
                forwarded.header(name, value);
            }
        });
        try (Response response = http.newCall(forwarded.build()).execute()) {
            return new MockResponse.Builder().code(response.code())
                    .addHeader("Content-Type", "application/json").body(response.body().string()).build();
        } catch (IOException failed) {
            return new MockResponse.Builder().code(502).body(String.valueOf(failed.getMessage())).build();
        }
    }

    @Override
    public void close() {
        open();
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
