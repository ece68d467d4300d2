package dev.liveops.notify;

import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.QuantConnectException;

/** A project's name for a message, or "Project N" when QuantConnect cannot say it now: a message is never held back. */
public final class ProjectNames {
    private final ProjectDirectory projects;

    public ProjectNames(ProjectDirectory projects) {
        this.projects = projects;
    }

    public String of(long projectId) {
        try {
            return projects.nameOf(projectId).orElse("Project " + projectId);
        } catch (QuantConnectException unreachable) {
            return "Project " + projectId;
        }
    }
}
