package dev.liveops.command;

import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.text.Count;

/**
 * What QuantConnect's answer to a command means, said once: {@code success} is accepted for delivery, not executed,
 * and only a Running deployment ever receives a command.
 */
final class CommandDelivery {
    private CommandDelivery() {
    }

    /** Whether a command sent now could reach the deployment; UNKNOWN counts, so a new status name never blocks. */
    static boolean canReceive(LiveAlgorithm deployment) {
        return deployment.wasEverDeployed()
                && (deployment.status() == LiveStatus.RUNNING || deployment.status() == LiveStatus.UNKNOWN);
    }

    /** Why nothing is sent: the deployment is not Running, so the command would never reach it. */
    static String notRunning(String projectName, LiveAlgorithm deployment, String commandName) {
        if (!deployment.wasEverDeployed()) {
            return projectName + " has never been deployed live, so no algorithm could receive " + commandName
                    + "; nothing was sent.";
        }
        return projectName + " is " + deployment.status().wireName() + ", not Running (deploy "
                + deployment.deployId() + "): a command sent now would never reach the algorithm, so nothing was "
                + "sent."
                + (deployment.status().phase() == LiveStatus.Phase.STARTING
                ? " Send it again once it is Running." : "");
    }

    /** After QuantConnect accepted a command for one deployment. */
    static String accepted(String projectName, String deployId, LiveStatus status) {
        String unknown = status == LiveStatus.UNKNOWN ? " QuantConnect reported a status LiveOps does not know ("
                + status.wireName() + "); if the algorithm is not running, the command never reaches it." : "";
        return "Accepted for delivery is not executed: QuantConnect queued it for " + projectName + " (deploy "
                + deployId + ", " + status.wireName() + " when sent), and only the algorithm's logs, orders or "
                + "portfolio show whether it acted on it." + unknown;
    }

    /** After QuantConnect accepted a broadcast. */
    static String broadcastAccepted(int reaches) {
        return "Accepted for delivery is not executed: QuantConnect queued it for the organization's running "
                + "deployments (" + Count.of(reaches, "deployment") + " when previewed); a deployment that was not "
                + "Running never receives it, and only each algorithm's logs show whether it acted on it.";
    }
}
