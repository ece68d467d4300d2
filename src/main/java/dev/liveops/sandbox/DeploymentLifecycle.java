package dev.liveops.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock-driven part of a deployment's life: InQueue at launch, Initializing after {@link #INITIALIZING_AFTER},
 * Running after {@link #RUNNING_AFTER}, until stopped, liquidated or failed. Nothing runs in the background: status
 * is computed from timestamps, and the one state change (entry orders on reaching Running) is applied by
 * {@link #settle} at the start of the next request, stamped with the instant it would have happened.
 */
final class DeploymentLifecycle {
    static final Duration INITIALIZING_AFTER = Duration.ofSeconds(2);
    static final Duration RUNNING_AFTER = Duration.ofSeconds(5);

    private final OrderDesk desk;
    private final TradingSchedule trading;

    DeploymentLifecycle(OrderDesk desk, TradingSchedule trading) {
        this.desk = desk;
        this.trading = trading;
    }

    AlgorithmStatus statusAt(Deployment deployment, Instant now) {
        Termination end = deployment.termination();
        if (end != null && !now.isBefore(end.at())) {
            return end.status();
        }
        if (now.isBefore(deployment.launched().plus(INITIALIZING_AFTER))) {
            return AlgorithmStatus.IN_QUEUE;
        }
        if (now.isBefore(runningSince(deployment))) {
            return AlgorithmStatus.INITIALIZING;
        }
        return AlgorithmStatus.RUNNING;
    }

    Instant runningSince(Deployment deployment) {
        return deployment.launched().plus(RUNNING_AFTER);
    }

    /** Writes the startup log rows ahead of time; they surface as the clock passes each phase. */
    void scheduleStartupLogs(Organization organization, Deployment deployment, ComputeNode node) {
        LiveLogBook logs = organization.logs();
        int projectId = deployment.projectId();
        String deployId = deployment.deployId();
        logs.append(projectId, deployId, deployment.launched(), LogMessages.launching(deployId));
        logs.append(projectId, deployId, deployment.launched(), LogMessages.queued(node));
        logs.append(projectId, deployId, deployment.launched().plus(INITIALIZING_AFTER),
                LogMessages.initializing(deployment.brokerage()));
        logs.append(projectId, deployId, runningSince(deployment), LogMessages.running());
    }

    /** Lets every active deployment that has reached Running place its entry orders, then its scheduled trades. */
    void settle(Organization organization, Instant now) {
        for (Project project : organization.projects()) {
            settle(organization, project, now);
        }
    }

    /** The same for one project's deployment. */
    void settle(Organization organization, int projectId, Instant now) {
        settle(organization, organization.project(projectId), now);
    }

    private void settle(Organization organization, Project project, Instant now) {
        organization.latestDeployment(project.projectId())
                .filter(deployment -> deployment.isActive() && !deployment.entered())
                .filter(deployment -> !now.isBefore(runningSince(deployment)))
                .ifPresent(deployment -> organization.replaceLatest(enter(organization, project, deployment)));
        organization.latestDeployment(project.projectId())
                .filter(deployment -> deployment.isActive() && deployment.entered())
                .filter(deployment -> !now.isBefore(runningSince(deployment)))
                .ifPresent(deployment -> {
                    Deployment traded = trading.settle(project, deployment, runningSince(deployment), now,
                            organization.logs());
                    if (traded != deployment) {
                        organization.replaceLatest(traded);
                    }
                });
    }

    private Deployment enter(Organization organization, Project project, Deployment deployment) {
        Instant at = runningSince(deployment);
        Deployment result = deployment;
        for (TargetHolding target : project.entryPlan()) {
            result = desk.fillMarket(result, target.security(), target.quantity(), at, "Entry");
            Order order = result.orders().get(result.orders().size() - 1);
            organization.logs().append(project.projectId(), deployment.deployId(), at,
                    LogMessages.orderEvent(order, order.events().get(order.events().size() - 1)));
        }
        return result.markEntered();
    }
}
