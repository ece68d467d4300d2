package dev.liveops.command;

import dev.liveops.access.Permission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The algorithm command a confirmation sends, fixed at the preview: the declared name, the permission it needed, the
 * {@code command} object itself, and for a broadcast the organization and how many running deployments the
 * preview listed.
 *
 * @param organizationId null for a command to one project
 */
public record CommandPlan(String name, Permission permission, Map<String, Object> fields, String organizationId,
                          int reaches) {
    public CommandPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permission, "permission");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    boolean isBroadcast() {
        return organizationId != null;
    }
}
