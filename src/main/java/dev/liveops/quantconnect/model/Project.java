package dev.liveops.quantconnect.model;

import java.time.Instant;

/** A QuantConnect project. Names are paths such as {@code Live/Momentum}. */
public record Project(
        long projectId,
        String organizationId,
        String name,
        String description,
        String language,
        Instant created,
        Instant modified,
        Integer leanVersionId) {
}
