package dev.liveops.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which LiveOps roles a caller holds: granted to their user id directly, or through a Discord role or Slack user
 * group they belong to. Everything is keyed by platform ids, never by display names that anyone can change: on the
 * console, by the operating-system user.
 */
public final class IdentityMap {
    private final Map<Platform, Map<String, List<String>>> userRoles;
    private final Map<Platform, Map<String, List<String>>> groupRoles;
    private final Map<Platform, Map<String, String>> people;

    /**
     * @param userRoles  per platform: user id to role names
     * @param groupRoles per platform: Discord role id or Slack user-group id to role names
     * @param people     per platform: user id to the configured person it belongs to (one person may have a
     *                   Discord id, a Slack id and a console name)
     */
    public IdentityMap(Map<Platform, Map<String, List<String>>> userRoles,
                       Map<Platform, Map<String, List<String>>> groupRoles,
                       Map<Platform, Map<String, String>> people) {
        this.userRoles = Map.copyOf(userRoles);
        this.groupRoles = Map.copyOf(groupRoles);
        this.people = Map.copyOf(people);
    }

    public IdentityMap(Map<Platform, Map<String, List<String>>> userRoles,
                       Map<Platform, Map<String, List<String>>> groupRoles) {
        this(userRoles, groupRoles, Map.of());
    }

    /** The configured person behind a platform identity, if the config names one. */
    public Optional<String> personOf(Caller caller) {
        return Optional.ofNullable(people.getOrDefault(caller.platform(), Map.of()).get(caller.userId()));
    }

    /** The caller under the config's name for them, when it has one; otherwise as the platform named them. */
    public Caller named(Caller caller) {
        return personOf(caller).map(caller::named).orElse(caller);
    }

    public Set<String> rolesOf(Caller caller) {
        Set<String> roles = new LinkedHashSet<>(userRoles.getOrDefault(caller.platform(), Map.of())
                .getOrDefault(caller.userId(), List.of()));
        Map<String, List<String>> groups = groupRoles.getOrDefault(caller.platform(), Map.of());
        caller.groupIds().forEach(group -> roles.addAll(groups.getOrDefault(group, List.of())));
        return roles;
    }
}
