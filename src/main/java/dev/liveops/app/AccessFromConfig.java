package dev.liveops.app;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.IdentityMap;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.access.Role;
import dev.liveops.access.RoleCatalog;
import dev.liveops.config.AccessConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the config's access section into the access policy: roles (with inheritance) and identity mappings. */
final class AccessFromConfig {
    private AccessFromConfig() {
    }

    static AccessPolicy policy(AccessConfig config) {
        RoleCatalog defaults = RoleCatalog.defaults();
        List<Role> roles = new ArrayList<>();
        config.roles().forEach((name, role) -> roles.add(new Role(name,
                permissions(name, config, defaults, new HashSet<>()),
                role.projects().stream().map(ProjectGlob::new).toList())));
        return new AccessPolicy(RoleCatalog.withOverrides(roles), identities(config));
    }

    /** A role's own permissions plus those of every role it inherits; a cycle is cut where it closes. */
    private static Set<Permission> permissions(String name, AccessConfig config, RoleCatalog defaults,
                                               Set<String> visiting) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        if (!visiting.add(name)) {
            return all;
        }
        AccessConfig.Role role = config.roles().get(name);
        if (role == null) {
            defaults.find(name).ifPresent(builtIn -> all.addAll(builtIn.permissions()));
            return all;
        }
        role.permissions().forEach(permission -> Permission.fromConfigName(permission).ifPresent(all::add));
        role.inherits().forEach(parent -> all.addAll(permissions(parent, config, defaults, visiting)));
        return all;
    }

    private static IdentityMap identities(AccessConfig config) {
        Map<Platform, Map<String, List<String>>> roles = new EnumMap<>(Platform.class);
        Map<Platform, Map<String, String>> people = new EnumMap<>(Platform.class);
        for (AccessConfig.User user : config.users()) {
            user.discordUserIds().forEach(id -> identity(roles, people, Platform.DISCORD, id, user));
            user.slackUserIds().forEach(id -> identity(roles, people, Platform.SLACK, id, user));
            user.consoleUser().ifPresent(id -> identity(roles, people, Platform.CONSOLE, id, user));
        }
        Map<Platform, Map<String, List<String>>> groups = new EnumMap<>(Platform.class);
        groups.put(Platform.DISCORD, config.discordRoles());
        groups.put(Platform.SLACK, config.slackUserGroups());
        return new IdentityMap(roles, groups, people);
    }

    private static void identity(Map<Platform, Map<String, List<String>>> roles,
                                 Map<Platform, Map<String, String>> people, Platform platform, String id,
                                 AccessConfig.User user) {
        roles.computeIfAbsent(platform, p -> new HashMap<>()).computeIfAbsent(id, i -> new ArrayList<>())
                .addAll(user.roles());
        people.computeIfAbsent(platform, p -> new HashMap<>()).put(id, user.name());
    }
}
