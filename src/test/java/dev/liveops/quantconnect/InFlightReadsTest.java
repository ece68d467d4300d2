package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Identical reads in flight at once share one request (single flight); nothing is kept after it lands, failures go
 * to that flight's waiters only, writes are never shared, and a read after a write sends its own request. A local
 * server holds requests until the test lets them go, so "at once" is certain, not timed.
 */
@Timeout(30)
class InFlightReadsTest {
    private static final long WAIT_SECONDS = 10;
    private static final String LIST = "{\"live\":[{\"projectId\":23456789,\"deployId\":\"L-1\",\"status\":\"Running\","
            + "\"launched\":\"2026-11-20T09:30:00Z\"}],\"success\":true}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final Gate gate = new Gate();
    private final CountingObserver observer = new CountingObserver();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private QuantConnectClient client;

    @BeforeEach
    void setUp() {
        server.setDispatcher(gate);
        client = QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials("123456", Secret.of("in-flight-test-value")))
                .clock(ManualClock.at("2026-11-20T12:00:00Z"))
                .retries(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(2)))
                .observer(observer)
                .build();
    }

    @AfterEach
    void tearDown() {
        gate.open();
        callers.shutdownNow();
        client.close();
    }

    @Test
    void fiftyIdenticalListsInFlightAtOnceCostOneRequest() throws Exception {
        gate.hold("live/list");
        List<Future<List<LiveDeployment>>> lists = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lists.add(callers.submit(() -> client.live().list(Optional.empty())));
        }
        gate.awaitArrivals("live/list", 1);
        observer.awaitJoined(49);

        gate.open();

        for (Future<List<LiveDeployment>> list : lists) {
            assertThat(list.get(WAIT_SECONDS, TimeUnit.SECONDS)).singleElement()
                    .satisfies(deployment -> assertThat(deployment.status()).isEqualTo(LiveStatus.RUNNING));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void readsWithDifferentParametersEachSendTheirOwn() throws Exception {
        gate.hold("live/read");
        Future<LiveAlgorithm> first = callers.submit(() -> client.live().read(1));
        Future<LiveAlgorithm> second = callers.submit(() -> client.live().read(2));
        Future<List<LiveDeployment>> running = callers.submit(() -> client.live().list(Optional.of(
                LiveStatus.RUNNING)));
        Future<List<LiveDeployment>> all = callers.submit(() -> client.live().list(Optional.empty()));

        gate.awaitArrivals("live/read", 2);
        gate.open();

        assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS).deployId()).isEqualTo("L-1");
        assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS).deployId()).isEqualTo("L-2");
        running.get(WAIT_SECONDS, TimeUnit.SECONDS);
        all.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(observer.joined.get()).isZero();
    }

    @Test
    void nothingIsKeptOnceTheFlightLands() {
        client.live().list(Optional.empty());
        client.live().list(Optional.empty());

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailureGoesToTheWaitersOfItsFlightOnlyAndTheNextReadAsksAgain() throws Exception {
        gate.hold("live/list");
        gate.failNext("live/list");
        List<Future<List<LiveDeployment>>> lists = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lists.add(callers.submit(() -> client.live().list(Optional.empty())));
        }
        gate.awaitArrivals("live/list", 1);
        observer.awaitJoined(4);
        gate.open();

        for (Future<List<LiveDeployment>> list : lists) {
            assertThatThrownBy(() -> list.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(QuantConnectApiException.class).hasMessageContaining("Temporarily refused");
        }
        assertThat(client.live().list(Optional.empty())).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void identicalStopsAtOnceAreEachSent() throws Exception {
        gate.hold("live/update/stop");
        Future<?> first = callers.submit(() -> client.live().stop(23456789));
        Future<?> second = callers.submit(() -> client.live().stop(23456789));

        gate.awaitArrivals("live/update/stop", 2);
        gate.open();

        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        second.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadAskedAfterAStopSendsItsOwnRequestThoughAnIdenticalOneIsStillInFlight() throws Exception {
        gate.holdFirst("live/read");
        Future<LiveAlgorithm> before = callers.submit(() -> client.live().read(1));
        gate.awaitArrivals("live/read", 1);

        client.live().stop(1);
        LiveAlgorithm after = client.live().read(1);

        assertThat(after.deployId()).isEqualTo("L-1");
        assertThat(before.isDone()).as("the read sent before the stop is still held").isFalse();
        gate.open();
        before.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(gate.arrivals("live/read")).isEqualTo(2);
    }

    /** Answers like QuantConnect; holds the named endpoints' requests until {@link #open}. */
    private static final class Gate extends Dispatcher {
        private final CountDownLatch opened = new CountDownLatch(1);
        private final Map<String, AtomicInteger> arrived = new ConcurrentHashMap<>();
        private final Map<String, Semaphore> arrivals = new ConcurrentHashMap<>();
        private volatile String held = "";
        private volatile boolean firstOnly;
        private volatile String failing = "";

        void hold(String endpoint) {
            held = endpoint;
        }

        void holdFirst(String endpoint) {
            held = endpoint;
            firstOnly = true;
        }

        void failNext(String endpoint) {
            failing = endpoint;
        }

        void open() {
            opened.countDown();
        }

        int arrivals(String endpoint) {
            return counter(endpoint).get();
        }

        void awaitArrivals(String endpoint, int count) throws InterruptedException {
            assertThat(semaphore(endpoint).tryAcquire(count, WAIT_SECONDS, TimeUnit.SECONDS))
                    .as(count + " requests to " + endpoint).isTrue();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String endpoint = request.getUrl().encodedPath().replaceFirst("^/api/v2/", "");
            int arrival = counter(endpoint).incrementAndGet();
            semaphore(endpoint).release();
            if (endpoint.equals(held) && (!firstOnly || arrival == 1)) {
                assertThat(opened.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the test let the request go").isTrue();
            }
            if (endpoint.equals(failing) && arrival == 1) {
                return json("{\"success\":false,\"errors\":[\"Temporarily refused\"]}");
            }
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            return switch (endpoint) {
                case "live/list" -> json(LIST);
                case "live/read" -> json("{\"deployId\":\"L-" + body.replaceAll("\\D", "") + "\",\"status\":"
                        + "\"Running\",\"launched\":\"2026-11-20 09:30:00\",\"stopped\":null,\"brokerage\":"
                        + "\"PaperBrokerage\",\"runtimeStatistics\":{},\"success\":true}");
                default -> json("{\"success\":true}");
            };
        }

        private AtomicInteger counter(String endpoint) {
            return arrived.computeIfAbsent(endpoint, e -> new AtomicInteger());
        }

        private Semaphore semaphore(String endpoint) {
            return arrivals.computeIfAbsent(endpoint, e -> new Semaphore(0));
        }

        private static MockResponse json(String body) {
            return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
        }
    }

    private static final class CountingObserver implements CallObserver {
        private final AtomicInteger joined = new AtomicInteger();
        private final Semaphore joins = new Semaphore(0);

        @Override
        public void requested(Endpoint endpoint, Outcome outcome, Duration took) {
        }

        @Override
        public void joined(Endpoint endpoint) {
            joined.incrementAndGet();
            joins.release();
        }

        void awaitJoined(int count) throws InterruptedException {
            assertThat(joins.tryAcquire(count, WAIT_SECONDS, TimeUnit.SECONDS)).as(count + " reads joined").isTrue();
        }
    }
}
