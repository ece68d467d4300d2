package dev.liveops.quantconnect.model;

import java.time.Instant;
import java.util.Map;

/** The detail of a project's live deployment, from {@code live/read}. */
public record LiveAlgorithm(
        String deployId,
        String projectName,
        LiveStatus status,
        String message,
        Instant launched,
        Instant stopped,
        String brokerage,
        String securityTypes,
        String datacenter,
        String description,
        Map<String, String> runtimeStatistics) {
    public LiveAlgorithm {
        status = status == null ? LiveStatus.UNKNOWN : status;
        runtimeStatistics = runtimeStatistics == null ? Map.of() : Map.copyOf(runtimeStatistics);
    }

    /** What a project that was never deployed live reads as. */
    public static LiveAlgorithm neverDeployed() {
        return new LiveAlgorithm(null, null, LiveStatus.UNDEFINED, null, null, null, null, null, null, null, Map.of());
    }

    public boolean wasEverDeployed() {
        return deployId != null && !deployId.isBlank();
    }
}
