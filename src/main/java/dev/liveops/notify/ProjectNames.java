package dev.liveops.notify;

import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.QuantConnectException;
import java.util.Optional;

/** A project's name for a message, or "Project N" when QuantConnect cannot say it now: a message is never held back. */
public final class ProjectNames {
    private final ProjectDirectory projects;

    public ProjectNames(ProjectDirectory projects) {
        this.projects = projects;
    }

    public String of(long projectId) {
        return known(projectId).orElse("Project " + projectId);
    }

    /** The name, or empty when QuantConnect cannot say it now: for decisions a stand-in name would get wrong. */
    public Optional<String> known(long projectId) {
        try {
            return projects.nameOf(projectId);
        } catch (QuantConnectException unreachable) {
            return Optional.empty();
        }
    }
}
