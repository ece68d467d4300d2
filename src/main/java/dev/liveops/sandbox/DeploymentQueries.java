package dev.liveops.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Read-only views of deployments: status, list, logs and orders, all evaluated at the transaction's instant. */
final class DeploymentQueries {
    static final int MAX_LOG_LINES = 250;
    static final int MAX_ORDERS = 1000;

    private final DeploymentLifecycle lifecycle;
    private final PriceModel prices;

    DeploymentQueries(DeploymentLifecycle lifecycle, PriceModel prices) {
        this.lifecycle = lifecycle;
        this.prices = prices;
    }

    /** A page of a deployment's log rows; length and offset count rows across the project's deployments. */
    record LogPage(List<String> logs, int length, int deploymentOffset) {
    }

    record OrderPage(List<Order> orders, String deployId) {
    }

    LiveSnapshot latest(Organization organization, Instant now, int projectId) {
        Project project = organization.project(projectId);
        Deployment deployment = organization.latestDeployment(projectId)
                .orElseThrow(() -> new ApiException("No live deployment found for project " + projectId + " ("
                        + project.name() + ")."));
        return snapshot(project, deployment, now);
    }

    LiveSnapshot snapshot(Project project, Deployment deployment, Instant now) {
        AlgorithmStatus status = lifecycle.statusAt(deployment, now);
        // A stopped algorithm no longer marks to market: its portfolio is frozen at the moment it ended.
        Instant valuedAt = deployment.isActive() ? now : deployment.termination().at();
        return new LiveSnapshot(project, deployment, status, PortfolioValuation.of(deployment, valuedAt, prices));
    }

    /** The latest deployment of every project, filtered like live/list. */
    List<LiveSnapshot> list(Organization organization, Instant now, OptionalInt projectId,
                            Optional<AlgorithmStatus> status) {
        if (projectId.isPresent()) {
            organization.project(projectId.getAsInt());
        }
        return organization.projects().stream()
                .filter(project -> projectId.isEmpty() || project.projectId() == projectId.getAsInt())
                .flatMap(project -> organization.latestDeployment(project.projectId()).stream()
                        .map(deployment -> snapshot(project, deployment, now)))
                .filter(snapshot -> status.isEmpty() || snapshot.status() == status.get())
                .toList();
    }

    LogPage logs(Organization organization, Instant now, int projectId, String deployId, int startLine,
                 int endLine) {
        checkRange("startLine", startLine, "endLine", endLine, MAX_LOG_LINES);
        Project project = organization.project(projectId);
        boolean known = organization.deployments(projectId).stream()
                .anyMatch(deployment -> deployment.deployId().equals(deployId));
        if (!known) {
            throw new ApiException("Live deployment " + deployId + " not found for project " + projectId + " ("
                    + project.name() + ").");
        }
        List<LogLine> all = organization.logs().visible(projectId, now);
        int offset = 0;
        while (offset < all.size() && !all.get(offset).deployId().equals(deployId)) {
            offset++;
        }
        List<String> rows = all.stream()
                .filter(line -> line.deployId().equals(deployId))
                .skip(startLine)
                .limit(endLine - startLine)
                .map(LogLine::render)
                .toList();
        return new LogPage(rows, all.size(), offset);
    }

    OrderPage orders(Organization organization, Instant now, int projectId, int start, int end) {
        checkRange("start", start, "end", end, MAX_ORDERS);
        Deployment deployment = latest(organization, now, projectId).deployment();
        List<Order> orders = deployment.orders();
        int from = Math.min(start, orders.size());
        int to = Math.min(end, orders.size());
        return new OrderPage(orders.subList(from, to), deployment.deployId());
    }

    private static void checkRange(String startName, int start, String endName, int end, int maxSpan) {
        if (start < 0) {
            throw new ApiException("'" + startName + "' must be 0 or more, got " + start + ".");
        }
        if (end < start) {
            throw new ApiException("'" + endName + "' (" + end + ") must not be less than '" + startName + "' ("
                    + start + ").");
        }
        if (end - start > maxSpan) {
            throw new ApiException("'" + endName + "' - '" + startName + "' must be at most " + maxSpan + ", got "
                    + (end - start) + ".");
        }
    }
}
