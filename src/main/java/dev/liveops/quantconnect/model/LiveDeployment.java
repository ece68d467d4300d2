package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code live/list}: a deployment of a project and where it stands. */
public record LiveDeployment(
        long projectId,
        String deployId,
        LiveStatus status,
        Instant launched,
        Instant stopped,
        String brokerage,
        String subscription,
        BigDecimal equity,
        String environment,
        String description,
        String error) {
    public LiveDeployment {
        status = status == null ? LiveStatus.UNKNOWN : status;
    }
}
