package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import dev.liveops.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules that tie one part of the file to another, which a JSON Schema cannot express: names that must refer to
 * something defined elsewhere, and identities that must not be given twice. Runs on the resolved tree and tolerates
 * any shape, since type errors are the schema's to report.
 */
final class CrossChecks {
    private CrossChecks() {
    }

    static List<ConfigProblem> check(JsonNode root) {
        List<ConfigProblem> problems = new ArrayList<>();
        defaultBrokerage(root, problems);
        JsonNode access = root.path("access");
        roleReferences(access, problems);
        inheritanceLoops(access.path("roles"), problems);
        uniqueIdentities(access.path("users"), problems);
        DigestChecks.zones(root, problems);
        return problems;
    }

    private static void defaultBrokerage(JsonNode root, List<ConfigProblem> problems) {
        JsonNode name = root.path("defaultBrokerage");
        if (!name.isTextual()) {
            return;
        }
        List<String> profiles = keys(root.path("brokerages"));
        if (profiles.contains(name.textValue())) {
            return;
        }
        String message = "no profile named \"" + name.textValue() + "\" in $.brokerages";
        if (profiles.isEmpty()) {
            message += ", which defines none";
        } else {
            String hint = Suggestions.didYouMean(name.textValue(), profiles);
            message += hint.isEmpty() ? " (its profiles are: " + String.join(", ", profiles) + ")" : hint;
        }
        problems.add(new ConfigProblem("$.defaultBrokerage", message));
    }

    /** Every role named anywhere must be built in or defined under access.roles. */
    private static void roleReferences(JsonNode access, List<ConfigProblem> problems) {
        Set<String> known = new LinkedHashSet<>(AccessConfig.BUILT_IN_ROLES);
        known.addAll(keys(access.path("roles")));
        JsonNodePath accessPath = ConfigPaths.of("access");
        access.path("roles").properties().forEach(role -> checkRoles(role.getValue().path("inherits"),
                accessPath.append("roles").append(role.getKey()).append("inherits"), known, problems));
        JsonNode users = access.path("users");
        for (int i = 0; users.isArray() && i < users.size(); i++) {
            JsonNodePath roles = accessPath.append("users").append(i).append("roles");
            checkRoles(users.get(i).path("roles"), roles, known, problems);
        }
        for (String mapping : List.of("discordRoles", "slackUserGroups")) {
            access.path(mapping).properties().forEach(entry -> checkRoles(entry.getValue(),
                    accessPath.append(mapping).append(entry.getKey()), known, problems));
        }
    }

    private static void checkRoles(JsonNode names, JsonNodePath path, Set<String> known, List<ConfigProblem> problems) {
        if (!names.isArray()) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            JsonNode name = names.get(i);
            if (name.isTextual() && !known.contains(name.textValue())) {
                String hint = Suggestions.didYouMean(name.textValue(), known);
                problems.add(new ConfigProblem(path.append(i).toString(), "unknown role \"" + name.textValue() + "\""
                        + (hint.isEmpty() ? "; the roles are: " + String.join(", ", known) : hint)));
            }
        }
    }

    /** A role may not inherit from itself, directly or through others: permissions would be undefined. */
    private static void inheritanceLoops(JsonNode roles, List<ConfigProblem> problems) {
        Map<String, List<String>> inherits = new LinkedHashMap<>();
        roles.properties().forEach(role -> {
            List<String> parents = new ArrayList<>();
            role.getValue().path("inherits").forEach(parent -> {
                if (parent.isTextual() && roles.has(parent.textValue())) {
                    parents.add(parent.textValue());
                }
            });
            inherits.put(role.getKey(), parents);
        });
        Set<String> reported = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (String role : inherits.keySet()) {
            findLoops(role, inherits, new ArrayList<>(), done, reported, problems);
        }
    }

    private static void findLoops(String role, Map<String, List<String>> inherits, List<String> trail,
                                  Set<String> done, Set<String> reported, List<ConfigProblem> problems) {
        if (done.contains(role)) {
            return;
        }
        int start = trail.indexOf(role);
        if (start >= 0) {
            List<String> loop = new ArrayList<>(trail.subList(start, trail.size()));
            if (reported.add(String.join(">", new TreeSet<>(loop)))) {
                loop.add(role);
                problems.add(new ConfigProblem(ConfigPaths.of("access", "roles", loop.get(0), "inherits").toString(),
                        "roles inherit from each other in a loop: " + String.join(" -> ", loop)));
            }
            return;
        }
        trail.add(role);
        for (String parent : inherits.get(role)) {
            findLoops(parent, inherits, trail, done, reported, problems);
        }
        trail.remove(trail.size() - 1);
        done.add(role);
    }

    /** One person per name and per identity: otherwise who ran a command (and with which roles) is ambiguous. */
    private static void uniqueIdentities(JsonNode users, List<ConfigProblem> problems) {
        Map<String, Map<String, Integer>> owners = new HashMap<>();
        for (int i = 0; users.isArray() && i < users.size(); i++) {
            JsonNode user = users.get(i);
            JsonNodePath path = ConfigPaths.of("access", "users", i);
            claim(owners, "name", user.path("name"), i, path.append("name"), users, problems);
            claim(owners, "consoleUser", user.path("consoleUser"), i, path.append("consoleUser"), users, problems);
            for (String list : List.of("discordUserIds", "slackUserIds")) {
                JsonNode ids = user.path(list);
                for (int j = 0; ids.isArray() && j < ids.size(); j++) {
                    claim(owners, list, ids.get(j), i, path.append(list).append(j), users, problems);
                }
            }
        }
    }

    private static void claim(Map<String, Map<String, Integer>> owners, String kind, JsonNode value, int user,
                              JsonNodePath path, JsonNode users, List<ConfigProblem> problems) {
        if (!value.isTextual()) {
            return;
        }
        Integer owner = owners.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(value.textValue(), user);
        if (owner != null && owner != user) {
            JsonNodePath ownerPath = ConfigPaths.of("access", "users", owner);
            String message = kind.equals("name")
                    ? "another user, at " + ownerPath + ", has the same name; list each person once"
                    : "already belongs to user \"" + users.get(owner).path("name").asText("?") + "\" at " + ownerPath
                            + "; list each person once";
            problems.add(new ConfigProblem(path.toString(), message));
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
