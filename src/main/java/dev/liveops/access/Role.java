package dev.liveops.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A named set of permissions, optionally limited to projects whose names match one of its globs. */
public record Role(String name, Set<Permission> permissions, List<ProjectGlob> projects) {
    public Role {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        projects = projects.isEmpty() ? List.of(ProjectGlob.ANY) : List.copyOf(projects);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean covers(String projectName) {
        return projects.stream().anyMatch(glob -> glob.matches(projectName));
    }

    public boolean isUnscoped() {
        return projects.contains(ProjectGlob.ANY);
    }
}
