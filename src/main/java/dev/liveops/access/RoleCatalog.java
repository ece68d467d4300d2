package dev.liveops.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The roles in force: the built-in viewer, trader and admin, overridden or extended by the config. */
public final class RoleCatalog {
    public static final Set<Permission> VIEWER = EnumSet.of(Permission.LIST, Permission.READ, Permission.PORTFOLIO,
            Permission.ORDERS, Permission.LOGS, Permission.WHOAMI, Permission.HELP, Permission.PNL,
            Permission.INSIGHTS);
    public static final Set<Permission> TRADER = union(VIEWER, EnumSet.of(Permission.STOP, Permission.LIQUIDATE,
            Permission.SNOOZE));
    public static final Set<Permission> ADMIN = EnumSet.allOf(Permission.class);
    /** What anyone may run, known or not: enough to find out why everything else is refused. */
    public static final Set<Permission> EVERYONE = EnumSet.of(Permission.HELP, Permission.WHOAMI);

    private final Map<String, Role> roles;

    private RoleCatalog(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    public static RoleCatalog defaults() {
        return withOverrides(List.of());
    }

    /** The defaults, with each given role replacing a default of the same name or adding a new one. */
    public static RoleCatalog withOverrides(List<Role> configured) {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("viewer", new Role("viewer", VIEWER, List.of()));
        roles.put("trader", new Role("trader", TRADER, List.of()));
        roles.put("admin", new Role("admin", ADMIN, List.of()));
        configured.forEach(role -> roles.put(role.name(), role));
        return new RoleCatalog(roles);
    }

    public Optional<Role> find(String name) {
        return Optional.ofNullable(roles.get(name));
    }

    private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
        Set<Permission> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
