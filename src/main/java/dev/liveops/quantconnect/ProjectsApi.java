package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.Node;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.quantconnect.model.ProjectNodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code projects/read} and {@code projects/nodes/read}. With an organization id, projects/read asks for that
 * organization's projects, as lean-cli does; without one QuantConnect uses the user's default organization.
 */
public final class ProjectsApi {
    private final ApiTransport transport;
    private final Optional<String> organizationId;

    ProjectsApi(ApiTransport transport, Optional<String> organizationId) {
        this.transport = transport;
        this.organizationId = organizationId;
    }

    /** Every project of the account, or of the configured organization. */
    public List<Project> list() {
        return transport.call(Endpoint.PROJECTS_READ, readRequest(Optional.empty()), ProjectsResponse.class)
                .projects();
    }

    /** One project; QuantConnect answers an unknown id with {@code success:false}. */
    public Project read(long projectId) {
        List<Project> projects = transport.call(Endpoint.PROJECTS_READ, readRequest(Optional.of(projectId)),
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

    private Map<String, Object> readRequest(Optional<Long> projectId) {
        Map<String, Object> body = new LinkedHashMap<>();
        projectId.ifPresent(id -> body.put("projectId", id));
        organizationId.ifPresent(id -> body.put("organizationId", id));
        return body;
    }

    private record ProjectsResponse(List<Project> projects) {
        ProjectsResponse {
            projects = projects == null ? List.of() : projects;
        }
    }

    private record NodesResponse(List<Node> backtest, List<Node> research, List<Node> live) {
    }
}
