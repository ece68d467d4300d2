package dev.liveops.quantconnect.model;

/** QuantConnect's answer to {@code live/create}. */
public record CreatedDeployment(long projectId, String deployId, Integer versionId, LiveAlgorithm live) {
}
