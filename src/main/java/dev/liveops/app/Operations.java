package dev.liveops.app;

import dev.liveops.config.OpsConfig;
import dev.liveops.ops.CoreChecks;
import dev.liveops.ops.LiveOpsMetrics;
import dev.liveops.ops.OpsServer;
import dev.liveops.ops.Readiness;
import dev.liveops.ops.ReadinessCheck;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operational listener as the config and the command line set it up: closed (nothing measured, nothing
 * listening), or metrics fed by the core's observers and {@code /healthz}, {@code /readyz}, {@code /metrics} on the
 * configured address. Made before the core, since the core's observers come from here; opened once it runs.
 */
public final class Operations implements AutoCloseable {
    private final Optional<Integer> port;
    private final String bind;
    private final Optional<LiveOpsMetrics> metrics;
    /** Single until a core runs; then whatever the core says it is among its replicas. */
    private volatile Supplier<String> role = () -> "single";
    private final Readiness readiness = new Readiness(() -> role.get());
    private OpsServer server;

    private Operations(Optional<Integer> port, String bind) {
        this.port = port;
        this.bind = bind;
        this.metrics = port.map(open -> new LiveOpsMetrics());
    }

    /** @param portOption the command line's {@code --ops-port}, which wins over the config's {@code ops.port} */
    public static Operations of(OpsConfig config, Optional<Integer> portOption) {
        return of(config, portOption, Optional.empty());
    }

    /** @param bindOption the command line's {@code --ops-bind}, which wins over the config's {@code ops.bind} */
    public static Operations of(OpsConfig config, Optional<Integer> portOption, Optional<String> bindOption) {
        return new Operations(portOption.or(config::port), bindOption.orElse(config.bind()));
    }

    /** What the core tells the metrics; nobody when the listener stays closed. */
    public CoreObservers observers() {
        return metrics.map(meters -> new CoreObservers(meters.quantConnect(), meters.commands(),
                meters.notifications())).orElse(CoreObservers.NONE);
    }

    /** Opens the listener over a running core, when a port is set. */
    public void open(OperatedCore core) {
        if (metrics.isEmpty()) {
            return;
        }
        role = core::role;
        metrics.get().watch(core::watcherHealth, core::undeliveredNotifications);
        readiness.add(CoreChecks.store(core::pingStore));
        readiness.add(CoreChecks.quantConnect(core::watcherHealth, core.clock()));
        try {
            server = OpsServer.start(bind, port.orElseThrow(), core::watcherHealth, core.clock(), readiness,
                    metrics.get());
        } catch (IllegalStateException taken) {
            throw new StartupFailure(taken.getMessage(), taken);
        }
    }

    /** Adds a readiness check for a part that started after the core (a chat platform). */
    public void require(ReadinessCheck check) {
        readiness.add(check);
    }

    /** Where the listener listens; empty while closed. */
    public Optional<InetSocketAddress> address() {
        return Optional.ofNullable(server).map(OpsServer::address);
    }

    /** One line for a banner, or empty while closed. */
    public Optional<String> describe() {
        return address().map(at -> "Operational endpoints at http://" + at.getHostString() + ":" + at.getPort()
                + "/ (healthz, readyz, metrics).");
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        metrics.ifPresent(LiveOpsMetrics::close);
    }
}
