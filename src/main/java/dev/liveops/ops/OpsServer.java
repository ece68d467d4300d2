package dev.liveops.ops;

import dev.liveops.notify.WatcherHealth;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational HTTP listener: {@code GET /healthz}, {@code /readyz} and {@code /metrics} on Jetty, nothing else.
 * Probes and scrapes are few and small, so a handful of threads serve them.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Server server;
    private final ServerConnector connector;

    private OpsServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Listens on {@code bind}:{@code port} (0 for any free port).
     *
     * @throws IllegalStateException when the port cannot be opened, in one sentence naming it
     */
    public static OpsServer start(String bind, int port, Supplier<WatcherHealth> watcher, Clock clock,
                                  Readiness readiness, LiveOpsMetrics metrics) {
        Liveness liveness = new Liveness(watcher, clock);
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("liveops-ops");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Endpoints(liveness, readiness, metrics));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception failure) {
            stop(server);
            throw new IllegalStateException("LiveOps could not open its operational listener on " + bind + ":"
                    + port + " (" + failure.getClass().getSimpleName() + "); is the port taken?", failure);
        }
        log.info("Operational endpoints on http://{}:{}/ (healthz, readyz, metrics)", bind, connector.getLocalPort());
        return new OpsServer(server, connector);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void close() {
        stop(server);
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception failure) {
            log.warn("Stopping the operational listener failed", failure);
        }
    }

    /**
     * Routes the three paths; anything else is 404, any method but GET and HEAD 405. Blocking: a readiness probe
     * queries the store.
     */
    private static final class Endpoints extends Handler.Abstract {
        private final Liveness liveness;
        private final Readiness readiness;
        private final LiveOpsMetrics metrics;

        Endpoints(Liveness liveness, Readiness readiness, LiveOpsMetrics metrics) {
            this.liveness = liveness;
            this.readiness = readiness;
            this.metrics = metrics;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            OpsResponse answer = answer(request);
            response.setStatus(answer.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            boolean head = HttpMethod.HEAD.is(request.getMethod());
            response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
            return true;
        }

        private OpsResponse answer(Request request) {
            if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
                return OpsResponse.text(405, "text/plain; charset=utf-8", "Only GET is served here.\n");
            }
            try {
                return switch (Request.getPathInContext(request)) {
                    case "/healthz" -> liveness.answer();
                    case "/readyz" -> readiness.answer();
                    case "/metrics" -> OpsResponse.text(200, PROMETHEUS_TEXT, metrics.scrape());
                    default -> OpsResponse.text(404, "text/plain; charset=utf-8",
                            "Not here: try /healthz, /readyz or /metrics.\n");
                };
            } catch (RuntimeException bug) {
                log.error("An operational endpoint failed", bug);
                return OpsResponse.text(500, "text/plain; charset=utf-8", "The endpoint failed; see the log.\n");
            }
        }
    }
}
