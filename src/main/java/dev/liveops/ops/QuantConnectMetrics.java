package dev.liveops.ops;

import dev.liveops.quantconnect.CallObserver;
import dev.liveops.quantconnect.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/** {@code liveops_quantconnect_requests_seconds}: every request to QuantConnect by endpoint and outcome. */
final class QuantConnectMetrics implements CallObserver {
    private final MeterRegistry registry;

    QuantConnectMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requested(Endpoint endpoint, Outcome outcome, Duration took) {
        Timer.builder("liveops.quantconnect.requests")
                .description("Requests to QuantConnect's API, each retry counted, by endpoint and outcome")
                .tag("endpoint", endpoint.path())
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(LiveOpsMetrics.LATENCY_BUCKETS)
                .register(registry)
                .record(took);
    }
}
