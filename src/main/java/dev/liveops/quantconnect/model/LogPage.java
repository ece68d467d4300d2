package dev.liveops.quantconnect.model;

import java.util.List;

/**
 * A window of log lines. {@code length} counts the lines of every deployment of the project and
 * {@code deploymentOffset} how many of them come before this deployment's first line.
 */
public record LogPage(List<String> logs, int length, int deploymentOffset) {
    public LogPage {
        logs = logs == null ? List.of() : List.copyOf(logs);
    }

    /** How many lines belong to this deployment. */
    public int deploymentLength() {
        return Math.max(0, length - deploymentOffset);
    }
}
