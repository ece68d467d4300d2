package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may run which commands. This is only what the file says: the built-in roles' permissions are supplied by the
 * access component.
 *
 * @param roles           roles defined in the file, by name; empty when the file defines none
 * @param users           the people who may use the bot
 * @param discordRoles    Discord role id to LiveOps role names
 * @param slackUserGroups Slack user group id to LiveOps role names
 */
public record AccessConfig(
        Map<String, Role> roles,
        List<User> users,
        Map<String, List<String>> discordRoles,
        Map<String, List<String>> slackUserGroups) {

    /** Roles that exist without being defined in the file. */
    public static final List<String> BUILT_IN_ROLES = List.of("viewer", "trader", "admin");

    public AccessConfig {
        roles = Copies.map(roles);
        users = Copies.list(users);
        discordRoles = Copies.mapOfLists(discordRoles);
        slackUserGroups = Copies.mapOfLists(slackUserGroups);
    }

    /**
     * A role.
     *
     * @param permissions commands it allows, e.g. {@code read}, {@code deploy}
     * @param inherits    roles whose permissions it also has
     * @param projects    globs of the project names it applies to; {@code *} for all
     */
    public record Role(List<String> permissions, List<String> inherits, List<String> projects) {
        public Role {
            permissions = Copies.list(permissions);
            inherits = Copies.list(inherits);
            projects = projects == null ? List.of("*") : List.copyOf(projects);
        }
    }

    /**
     * A person and their identities on each platform.
     *
     * @param name           display name, for the audit log
     * @param roles          roles given directly
     * @param discordUserIds Discord user ids
     * @param slackUserIds   Slack member ids
     * @param consoleUser    the operating-system user that is this person on the console
     */
    public record User(
            String name,
            List<String> roles,
            List<String> discordUserIds,
            List<String> slackUserIds,
            Optional<String> consoleUser) {

        public User {
            Objects.requireNonNull(name, "name");
            roles = Copies.list(roles);
            discordUserIds = Copies.list(discordUserIds);
            slackUserIds = Copies.list(slackUserIds);
            Objects.requireNonNull(consoleUser, "consoleUser");
        }

        @JsonCreator
        private static User fromJson(
                @JsonProperty("name") String name,
                @JsonProperty("roles") List<String> roles,
                @JsonProperty("discordUserIds") List<String> discordUserIds,
                @JsonProperty("slackUserIds") List<String> slackUserIds,
                @JsonProperty("consoleUser") String consoleUser) {
            return new User(name, roles, discordUserIds, slackUserIds, Optional.ofNullable(consoleUser));
        }
    }
}
