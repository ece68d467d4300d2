package dev.liveops.quantconnect.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * The detail of a project's live deployment, from {@code live/read}. {@code message} is the deployment's last error
 * text: live/read carries it as {@code error} or as {@code message}, so whichever holds it lands here.
 */
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

    @JsonCreator
    private static LiveAlgorithm fromJson(
            @JsonProperty("deployId") String deployId,
            @JsonProperty("projectName") String projectName,
            @JsonProperty("status") LiveStatus status,
            @JsonProperty("message") String message,
            @JsonProperty("error") String error,
            @JsonProperty("launched") Instant launched,
            @JsonProperty("stopped") Instant stopped,
            @JsonProperty("brokerage") String brokerage,
            @JsonProperty("securityTypes") String securityTypes,
            @JsonProperty("datacenter") String datacenter,
            @JsonProperty("description") String description,
            @JsonProperty("runtimeStatistics") Map<String, String> runtimeStatistics) {
        String lastError = error != null && !error.isBlank() ? error : message;
        return new LiveAlgorithm(deployId, projectName, status, lastError, launched, stopped, brokerage, securityTypes,
                datacenter, description, runtimeStatistics);
    }

    /** What a project that was never deployed live reads as. */
    public static LiveAlgorithm neverDeployed() {
        return new LiveAlgorithm(null, null, LiveStatus.UNDEFINED, null, null, null, null, null, null, null, Map.of());
    }

    public boolean wasEverDeployed() {
        return deployId != null && !deployId.isBlank();
    }
}
