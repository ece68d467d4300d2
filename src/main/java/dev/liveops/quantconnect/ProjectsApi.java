package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.Node;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.quantconnect.model.ProjectNodes;
import java.util.List;
import java.util.Map;

/** {@code projects/read} and {@code projects/nodes/read}. */
public final class ProjectsApi {
    private final ApiTransport transport;

    ProjectsApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Every project of the account. */
    public List<Project> list() {
        return transport.call(Endpoint.PROJECTS_READ, Map.of(), ProjectsResponse.class).projects();
    }

    /** One project; QuantConnect answers an unknown id with {@code success:false}. */
    public Project read(long projectId) {
        List<Project> projects = transport.call(Endpoint.PROJECTS_READ, Map.of("projectId", projectId),
                ProjectsResponse.class).projects();
        if (projects.isEmpty()) {
            throw new QuantConnectApiException(Endpoint.PROJECTS_READ,
                    List.of("QuantConnect has no project " + projectId + "."));
        }
        return projects.get(0);
    }

    /** The backtest, research and live nodes the project may run on, with who uses each. */
    public ProjectNodes nodes(long projectId) {
        JsonNode response = transport.call(Endpoint.PROJECT_NODES_READ, Map.of("projectId", projectId));
        NodesResponse nodes = transport.bind(Endpoint.PROJECT_NODES_READ, response.path("nodes"), NodesResponse.class);
        return new ProjectNodes(nodes.backtest(), nodes.research(), nodes.live(),
                response.path("autoSelectNode").asBoolean(false));
    }

    private record ProjectsResponse(List<Project> projects) {
        ProjectsResponse {
            projects = projects == null ? List.of() : projects;
        }
    }

    private record NodesResponse(List<Node> backtest, List<Node> research, List<Node> live) {
    }
}
