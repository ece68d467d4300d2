package dev.liveops.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Deny by default: a caller may run a command only when one of their roles grants it for that project. */
public final class AccessPolicy {
    private final RoleCatalog catalog;
    private final IdentityMap identities;

    public AccessPolicy(RoleCatalog catalog, IdentityMap identities) {
        this.catalog = catalog;
        this.identities = identities;
    }

    public List<Role> rolesOf(Caller caller) {
        return identities.rolesOf(caller).stream().map(catalog::find).flatMap(Optional::stream).toList();
    }

    /** The caller under the config's name for the person, when the config maps them: see {@link IdentityMap#named}. */
    public Caller named(Caller caller) {
        return identities.named(caller);
    }

    /** May the caller use the permission at all (on some project, or without one)? */
    public AccessDecision check(Caller caller, Permission permission) {
        return decide(caller, permission, Optional.empty());
    }

    /** May the caller use the permission on this project? */
    public AccessDecision check(Caller caller, Permission permission, String projectName) {
        return decide(caller, permission, Optional.of(projectName));
    }

    /** Which project names a caller may see with this permission, for filtering lists. */
    public Predicate<String> projectsVisible(Caller caller, Permission permission) {
        List<Role> granting = rolesOf(caller).stream().filter(role -> role.grants(permission)).toList();
        return name -> granting.stream().anyMatch(role -> role.covers(name));
    }

    /**
     * The projects a caller may know exist: those any of their roles covers. Lookups and suggestions search only
     * these, so a role scoped to {@code Live/Crypto*} cannot discover other projects' names.
     */
    public Predicate<String> projectsVisible(Caller caller) {
        List<Role> roles = rolesOf(caller).stream()
                .filter(role -> role.permissions().stream().anyMatch(p -> !RoleCatalog.EVERYONE.contains(p)))
                .toList();
        return name -> roles.stream().anyMatch(role -> role.covers(name));
    }

    /**
     * The same person: the same platform identity, or two identities the config gives to one user (their Discord
     * and Slack accounts). What keeps a trader from approving on Slack what they requested on Discord.
     */
    public boolean isSamePerson(Caller a, Caller b) {
        if (a.isSamePerson(b)) {
            return true;
        }
        Optional<String> person = identities.personOf(a);
        return person.isPresent() && person.equals(identities.personOf(b));
    }

    /** True when one of the caller's roles grants the permission on every project. */
    public boolean isUnscoped(Caller caller, Permission permission) {
        return rolesOf(caller).stream().anyMatch(role -> role.grants(permission) && role.isUnscoped());
    }

    /**
     * A broadcast reaches every project, so requesting, approving or cancelling one takes {@code broadcast} and the
     * command's own permission ({@code needed}), both on every project.
     */
    public AccessDecision mayBroadcast(Caller caller, Permission needed) {
        if (check(caller, Permission.BROADCAST) instanceof AccessDecision.Denied none) {
            return none;
        }
        return isUnscoped(caller, Permission.BROADCAST) && isUnscoped(caller, needed) ? new AccessDecision.Allowed()
                : new AccessDecision.Denied("A broadcast reaches every project, so it needs /live broadcast and /live "
                + needed.configName() + " on every project.");
    }

    private AccessDecision decide(Caller caller, Permission permission, Optional<String> project) {
        if (RoleCatalog.EVERYONE.contains(permission)) {
            return new AccessDecision.Allowed();
        }
        List<Role> roles = rolesOf(caller);
        if (roles.isEmpty()) {
            return new AccessDecision.Denied("You have no LiveOps role, so you can only run /live help and "
                    + "/live whoami; ask an admin to map your " + platformId(caller) + " to a role in the config.");
        }
        List<Role> granting = roles.stream().filter(role -> role.grants(permission)).toList();
        if (granting.isEmpty()) {
            return new AccessDecision.Denied("Your roles (" + names(roles) + ") do not allow /live "
                    + permission.configName() + ".");
        }
        if (project.isPresent() && granting.stream().noneMatch(role -> role.covers(project.get()))) {
            return new AccessDecision.Denied("Your roles (" + names(granting) + ") allow /live "
                    + permission.configName() + " only on " + scopes(granting) + ", not on " + project.get() + ".");
        }
        return new AccessDecision.Allowed();
    }

    private static String platformId(Caller caller) {
        return switch (caller.platform()) {
            case DISCORD -> "Discord user id " + caller.userId() + " (or one of your Discord roles)";
            case SLACK -> "Slack user id " + caller.userId() + " (or one of your Slack user groups)";
            case CONSOLE -> "console user '" + caller.userId() + "'";
        };
    }

    private static String names(List<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).toList());
    }

    private static String scopes(List<Role> roles) {
        return String.join(", ", roles.stream().flatMap(role -> role.projects().stream()).map(ProjectGlob::toString)
                .distinct().toList());
    }

    /** The permissions the caller holds on at least one project, for whoami. */
    public Set<Permission> permissionsOf(Caller caller) {
        Set<Permission> all = java.util.EnumSet.copyOf(RoleCatalog.EVERYONE);
        rolesOf(caller).forEach(role -> all.addAll(role.permissions()));
        return all;
    }
}
