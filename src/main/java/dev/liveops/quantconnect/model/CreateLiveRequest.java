package dev.liveops.quantconnect.model;

import java.util.Objects;

/**
 * What {@code live/create} needs. {@code versionId} "-1" means LEAN master, as in QuantConnect's spec; the data
 * providers come with the brokerage settings, since a brokerage profile names both.
 */
public record CreateLiveRequest(
        long projectId,
        String compileId,
        String nodeId,
        BrokerageSettings brokerage,
        boolean automaticRedeploy,
        String versionId) {
    public static final String LATEST_LEAN = "-1";

    public CreateLiveRequest {
        Objects.requireNonNull(compileId, "compileId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(brokerage, "brokerage");
        versionId = versionId == null ? LATEST_LEAN : versionId;
    }

    public CreateLiveRequest(long projectId, String compileId, String nodeId, BrokerageSettings brokerage) {
        this(projectId, compileId, nodeId, brokerage, false, LATEST_LEAN);
    }
}
