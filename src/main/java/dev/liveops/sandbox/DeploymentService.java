package dev.liveops.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** live/create, live/update/stop, live/update/liquidate and the runtime-error fault: every change of a deployment. */
final class DeploymentService {
    private final CompileService compiles;
    private final DeploymentLifecycle lifecycle;
    private final OrderDesk desk;

    DeploymentService(CompileService compiles, DeploymentLifecycle lifecycle, OrderDesk desk) {
        this.compiles = compiles;
        this.lifecycle = lifecycle;
        this.desk = desk;
    }

    Deployment create(Organization organization, Instant now, LiveCreateRequest request) {
        Project project = organization.project(request.projectId());
        Compile compile = compiles.requireSuccessful(organization, now, project.projectId(), request.compileId());
        ComputeNode node = requireLiveNode(organization, request.nodeId());
        organization.latestDeployment(project.projectId()).filter(Deployment::isActive).ifPresent(active -> {
            throw new ApiException("Project " + project.projectId() + " (" + project.name()
                    + ") already has an active live deployment " + active.deployId() + " ("
                    + lifecycle.statusAt(active, now).wireName() + "); stop it before deploying again.");
        });
        organization.activeDeploymentOn(node.id()).ifPresent(user -> {
            throw new ApiException("Node " + node.id() + " is busy, used by " + organization.user().displayName()
                    + " for " + organization.project(user.projectId()).name() + " (" + user.deployId() + ").");
        });

        Portfolio portfolio = startingPortfolio(request);
        double startingEquity = portfolio.cash() + portfolio.positions().stream()
                .mapToDouble(position -> position.quantity() * position.averagePrice()).sum();
        // Starting holdings mean the account is already invested: the strategy must not buy its entry on top.
        boolean entered = !request.holdings().isEmpty();
        Deployment deployment = new Deployment(organization.ids().nextDeployId(project.projectId()),
                project.projectId(), node.id(), compile.compileId(), request.versionId(),
                organization.ids().nextCloneId(), request.brokerage(), now, startingEquity, entered, portfolio,
                List.of(), null);
        organization.addDeployment(deployment);
        lifecycle.scheduleStartupLogs(organization, deployment, node);
        return deployment;
    }

    void stop(Organization organization, Instant now, int projectId) {
        Deployment active = requireActive(organization, projectId, "stop");
        LiveLogBook logs = organization.logs();
        logs.dropScheduledAfter(projectId, active.deployId(), now);
        logs.append(projectId, active.deployId(), now, LogMessages.stopRequested());
        logs.append(projectId, active.deployId(), now, LogMessages.stopped());
        organization.replaceLatest(active.terminated(new Termination(now, AlgorithmStatus.STOPPED, "")));
    }

    void liquidate(Organization organization, Instant now, int projectId) {
        Deployment active = requireActive(organization, projectId, "liquidate");
        LiveLogBook logs = organization.logs();
        logs.dropScheduledAfter(projectId, active.deployId(), now);
        logs.append(projectId, active.deployId(), now, LogMessages.liquidateRequested());
        Deployment liquidated = desk.liquidate(active, now);
        for (Order order : liquidated.orders().subList(active.orders().size(), liquidated.orders().size())) {
            OrderEvent fill = order.events().get(order.events().size() - 1);
            logs.append(projectId, active.deployId(), now, LogMessages.orderEvent(order, fill));
        }
        logs.append(projectId, active.deployId(), now,
                LogMessages.liquidated(active.portfolio().positions().size()));
        organization.replaceLatest(liquidated.terminated(new Termination(now, AlgorithmStatus.LIQUIDATED, "")));
    }

    void failWithRuntimeError(Organization organization, Instant now, int projectId, String message) {
        Project project = organization.project(projectId);
        Deployment active = requireActive(organization, projectId, "fail");
        LiveLogBook logs = organization.logs();
        logs.dropScheduledAfter(projectId, active.deployId(), now);
        logs.append(projectId, active.deployId(), now, LogMessages.runtimeError(message));
        logs.append(projectId, active.deployId(), now, LogMessages.stackLine(project));
        organization.replaceLatest(active.terminated(new Termination(now, AlgorithmStatus.RUNTIME_ERROR, message)));
    }

    /** QuantConnect's automatic restart: the crashed deployment runs again under the same deploy id. */
    void restartAfterError(Organization organization, Instant now, int projectId) {
        Project project = organization.project(projectId);
        Deployment failed = organization.latestDeployment(projectId)
                .filter(d -> !d.isActive() && d.termination().status() == AlgorithmStatus.RUNTIME_ERROR)
                .orElseThrow(() -> new ApiException("Project " + projectId + " (" + project.name()
                        + ") has no deployment in RuntimeError to restart."));
        organization.logs().append(projectId, failed.deployId(), now, LogMessages.restarted());
        organization.replaceLatest(failed.terminated(null));
    }

    /** A strategy trade on the active deployment; the seed uses it to give running algorithms a history. */
    void trade(Organization organization, Instant at, int projectId, Security security, double quantity, String tag) {
        Deployment active = requireActive(organization, projectId, "trade");
        Deployment traded = desk.fillMarket(active, security, quantity, at, tag);
        Order order = traded.orders().get(traded.orders().size() - 1);
        organization.logs().append(projectId, active.deployId(), at,
                LogMessages.orderEvent(order, order.events().get(order.events().size() - 1)));
        organization.replaceLatest(traded);
    }

    void placeLimit(Organization organization, Instant at, int projectId, Security security, double quantity,
                    double limitPrice, String tag) {
        Deployment active = requireActive(organization, projectId, "place an order");
        organization.replaceLatest(desk.placeLimit(active, security, quantity, limitPrice, at, tag));
    }

    private static Deployment requireActive(Organization organization, int projectId, String action) {
        Project project = organization.project(projectId);
        return organization.latestDeployment(projectId)
                .filter(Deployment::isActive)
                .orElseThrow(() -> new ApiException("Project " + projectId + " (" + project.name()
                        + ") has no active live deployment to " + action + "."));
    }

    private static ComputeNode requireLiveNode(Organization organization, String nodeId) {
        ComputeNode node = organization.node(nodeId)
                .orElseThrow(() -> new ApiException("Node " + nodeId + " not found in organization "
                        + organization.organizationId() + "."));
        if (node.kind() != NodeKind.LIVE) {
            throw new ApiException("Node " + nodeId + " is a " + node.kind().name().toLowerCase()
                    + " node; live deployments need a live node (LN-...).");
        }
        return node;
    }

    private static Portfolio startingPortfolio(LiveCreateRequest request) {
        List<Position> positions = new ArrayList<>();
        for (LiveCreateRequest.StartingHolding holding : request.holdings()) {
            // Symbols outside the catalog are priced around the average price the caller gave.
            Security security = SymbolCatalog.bySymbolId(holding.symbolId()).orElseGet(() -> new Security(
                    holding.symbol(), holding.symbolId(), holding.symbol(), SecurityType.EQUITY,
                    holding.averagePrice()));
            positions.add(new Position(security, holding.quantity(), holding.averagePrice()));
        }
        return new Portfolio(positions, request.startingCash());
    }
}
