package dev.liveops.quantconnect.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code live/create} needs. {@code versionId} "-1" means LEAN master, as in QuantConnect's spec;
 * {@code dataProviders} are ids in order of precedence.
 */
public record CreateLiveRequest(
        long projectId,
        String compileId,
        String nodeId,
        BrokerageSettings brokerage,
        List<String> dataProviders,
        boolean automaticRedeploy,
        String versionId) {
    public static final String LATEST_LEAN = "-1";
    public static final String DEFAULT_DATA_PROVIDER = "QuantConnectBrokerage";

    public CreateLiveRequest {
        Objects.requireNonNull(compileId, "compileId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(brokerage, "brokerage");
        dataProviders = dataProviders == null || dataProviders.isEmpty()
                ? List.of(DEFAULT_DATA_PROVIDER) : List.copyOf(dataProviders);
        versionId = versionId == null ? LATEST_LEAN : versionId;
    }

    public CreateLiveRequest(long projectId, String compileId, String nodeId, BrokerageSettings brokerage) {
        this(projectId, compileId, nodeId, brokerage, List.of(), false, LATEST_LEAN);
    }
}
