package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of the QuantConnect REST API v2 on 127.0.0.1: same paths, wire format and request signing as the
 * real one, with a seeded demo organization ({@link DemoOrganization}) whose state changes as the injected clock
 * moves. For tests (with a manual clock), offline demos and as an independent check of the API client.
 *
 * <pre>{@code
 * try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().clock(clock).build().start()) {
 *     String baseUrl = sandbox.baseUrl(); // http://127.0.0.1:PORT/api/v2
 * }
 * }</pre>
 *
 * Defaults: an ephemeral port, the system UTC clock, user {@value #DEFAULT_USER_ID} and token
 * {@value #DEFAULT_API_TOKEN}, a fixed demo credential (not a secret) so demo configurations stay stable.
 */
public final class QuantConnectSandbox implements AutoCloseable {
    public static final String DEFAULT_USER_ID = "100000";
    public static final String DEFAULT_API_TOKEN = "sandbox-token-not-a-secret";

    private static final Logger log = LoggerFactory.getLogger(QuantConnectSandbox.class);
    private static final int HANDLER_THREADS = 4;

    private final int requestedPort;
    private final String userId;
    private final String apiToken;
    private final String organizationId;
    private final SandboxFaults faults;
    private final OrganizationStore store;
    private final SandboxHttpHandler handler;
    private final CommandInbox commands = new CommandInbox();
    private HttpServer server;
    private ExecutorService executor;

    private QuantConnectSandbox(Builder builder) {
        this.requestedPort = builder.port;
        this.userId = builder.userId;
        this.apiToken = builder.apiToken;

        PriceModel prices = new PriceModel();
        OrderDesk desk = new OrderDesk(prices, new FeeModel());
        DeploymentLifecycle lifecycle = new DeploymentLifecycle(desk, new TradingSchedule(builder.tradeEvery,
                builder.clock.instant(), desk));
        CompileService compiles = new CompileService();
        DeploymentService deployments = new DeploymentService(compiles, lifecycle, desk);
        DeploymentQueries queries = new DeploymentQueries(lifecycle, prices);
        Organization organization = new DemoOrganization(compiles, deployments, lifecycle, prices)
                .build(userId, builder.clock.instant(), builder.fleet);
        this.organizationId = organization.organizationId();
        this.store = new OrganizationStore(organization, builder.clock, lifecycle);

        ApiRoutes routes = new ApiRoutes();
        new ProjectEndpoints(store, queries).registerOn(routes);
        new CompileEndpoints(store, compiles).registerOn(routes);
        new LiveEndpoints(store, deployments, queries).registerOn(routes);
        new LiveResultEndpoints(store, queries).registerOn(routes);
        new CommandEndpoints(store, lifecycle, new AlgorithmCommandRunner(desk), commands).registerOn(routes);
        new InsightEndpoints(store, new InsightFeed(lifecycle, prices)).registerOn(routes);
        new ChartEndpoints(store, queries, new EquityHistory(prices)).registerOn(routes);
        this.faults = new SandboxFaults(store, deployments);
        this.handler = new SandboxHttpHandler(routes, new RequestAuthenticator(userId, apiToken, builder.clock),
                faults, new ObjectMapper());
    }

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    public static Builder builder() {
        return new Builder();
    }

    /** Binds 127.0.0.1 and starts serving; returns this for chaining. */
    public synchronized QuantConnectSandbox start() {
        if (server != null) {
            throw new IllegalStateException("The sandbox is already started");
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort);
            // Headers and body go out as two writes; without TCP_NODELAY a keep-alive client's delayed ACK holds
            // the body ~40 ms. The JDK server reads this once, when the JVM's first server is created.
            System.setProperty(NO_DELAY, "true");
            HttpServer http = HttpServer.create(address, 0);
            executor = Executors.newFixedThreadPool(HANDLER_THREADS, daemonThreads());
            http.setExecutor(executor);
            http.createContext("/", handler);
            http.start();
            server = http;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind the QuantConnect sandbox to 127.0.0.1:" + requestedPort, e);
        }
        log.info("QuantConnect sandbox serving {} for user {} (organization {})", baseUrl(), userId, organizationId);
        return this;
    }

    /** E.g. {@code http://127.0.0.1:8089/api/v2}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api/v2";
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The sandbox is not started");
        }
        return server.getAddress().getPort();
    }

    public String userId() {
        return userId;
    }

    public String apiToken() {
        return apiToken;
    }

    public String organizationId() {
        return organizationId;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /**
     * The data providers the project's latest deployment was created with, in the order live/create sent them:
     * what a test checks that a client asked for, since QuantConnect's answers do not show them.
     *
     * @throws IllegalArgumentException if the project is unknown or was never deployed
     */
    public List<String> dataProviders(int projectId) {
        try {
            return store.transact((organization, now) -> organization.latestDeployment(projectId)
                    .orElseThrow(() -> new ApiException("Project " + projectId + " was never deployed."))
                    .brokerage().dataProviders());
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Every command accepted by live/commands/create and live/commands/broadcast, oldest first. */
    public List<SandboxCommand> commands() {
        return store.transact((organization, now) -> commands.all());
    }

    /** What a standalone run prints so a user can point a bot configuration at the sandbox. */
    public String connectionSummary() {
        return String.join(System.lineSeparator(),
                "QuantConnect sandbox (local fake of the REST API v2; demo data, no real trading)",
                "  base URL        : " + baseUrl(),
                "  user id         : " + userId,
                "  API token       : " + apiToken
                        + (DEFAULT_API_TOKEN.equals(apiToken) ? "  (demo credential, not a secret)" : ""),
                "  organization id : " + organizationId + " (" + DemoOrganization.ORGANIZATION_NAME + ")",
                "  projects        : " + DemoOrganization.MOMENTUM + " Live/Momentum (running), "
                        + DemoOrganization.MEAN_REVERSION + " Live/MeanReversion (running), "
                        + DemoOrganization.CRYPTO_BASIS + " Live/CryptoBasis (stopped), "
                        + DemoOrganization.PAIRS_TRADING + " Research/PairsTrading (never deployed), "
                        + DemoOrganization.BROKEN_BUILD + " Live/BrokenBuild (fails to compile)");
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        log.info("QuantConnect sandbox stopped");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "qc-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configuration of a sandbox; every setting has a default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int port;
        private String userId = DEFAULT_USER_ID;
        private String apiToken = DEFAULT_API_TOKEN;
        private int fleet;
        private Optional<Duration> tradeEvery = Optional.empty();

        private Builder() {
        }

        /** Drives compiles, deployment lifecycles, prices and the auth timestamp window. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder userId(String userId) {
            if (userId == null || userId.isBlank() || userId.contains(":")) {
                throw new IllegalArgumentException("userId must be non-blank and must not contain ':'");
            }
            this.userId = userId;
            return this;
        }

        public Builder apiToken(String apiToken) {
            if (apiToken == null || apiToken.isBlank()) {
                throw new IllegalArgumentException("apiToken must be non-blank");
            }
            this.apiToken = apiToken;
            return this;
        }

        /**
         * Adds {@code count} more projects, {@code Fleet/Strategy-0001} on, each Running on a live node of its own
         * (project ids from {@link DemoOrganization#FLEET_FIRST_ID}): for tests that need many deployments at once.
         */
        public Builder fleet(int count) {
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("fleet must be 0-100000: " + count);
            }
            this.fleet = count;
            return this;
        }

        /**
         * Makes every running deployment trade as the clock moves, from the sandbox's start on: each {@code every},
         * a market order on a security of its plan (Submitted) that fills half {@code every / 4} later
         * (PartiallyFilled) and the rest at {@code every / 2} (Filled). Off by default: the seeded orders only.
         */
        public Builder tradeEvery(Duration every) {
            if (every.compareTo(Duration.ofSeconds(2)) < 0 || every.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("tradeEvery must be 2 seconds to 1 day: " + every);
            }
            this.tradeEvery = Optional.of(every);
            return this;
        }

        public QuantConnectSandbox build() {
            return new QuantConnectSandbox(this);
        }
    }
}
