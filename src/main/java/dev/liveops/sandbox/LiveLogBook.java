package dev.liveops.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live log rows of every project, across its deployments, in order. Lifecycle rows are written ahead with their
 * future timestamps so that reads need no background thread: a row shows once the clock has reached it.
 * Not thread-safe; guarded by {@link OrganizationStore}.
 */
final class LiveLogBook {
    private final Map<Integer, List<LogLine>> linesByProject = new HashMap<>();

    void append(int projectId, String deployId, Instant at, String text) {
        linesByProject.computeIfAbsent(projectId, id -> new ArrayList<>()).add(new LogLine(at, deployId, text));
    }

    /** A deployment that ends early never reaches its scheduled rows (e.g. stopped while still InQueue). */
    void dropScheduledAfter(int projectId, String deployId, Instant now) {
        List<LogLine> lines = linesByProject.get(projectId);
        if (lines != null) {
            lines.removeIf(line -> line.deployId().equals(deployId) && line.at().isAfter(now));
        }
    }

    List<LogLine> visible(int projectId, Instant now) {
        return linesByProject.getOrDefault(projectId, List.of()).stream()
                .filter(line -> !line.at().isAfter(now))
                .toList();
    }
}
