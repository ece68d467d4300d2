package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces {@code ${VAR}} references in string values with values from the environment. The environment is a plain
 * map so tests pass their own instead of touching the process environment.
 */
final class EnvResolver {
    private static final Logger log = LoggerFactory.getLogger(EnvResolver.class);
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> env;

    EnvResolver(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * @param tree     a copy of the file with every reference replaced; a string whose references failed keeps its text
     * @param problems one per variable that is unset or empty, and per malformed reference
     * @param failed   paths of the strings whose references failed: their placeholder text must not be type-checked
     */
    record Result(JsonNode tree, List<ConfigProblem> problems, Set<String> failed) {
    }

    /**
     * Resolves every string of {@code tree} (which is not modified) except those at {@code skipped} paths: literal
     * secrets, already reported, are not looked into.
     */
    Result resolve(JsonNode tree, Set<String> skipped) {
        Pass pass = new Pass(skipped);
        JsonNode copy = tree.deepCopy();
        pass.visit(copy, ConfigPaths.ROOT);
        log.debug("Resolved environment variable references in {} value(s)", pass.resolved);
        return new Result(copy, List.copyOf(pass.problems), Set.copyOf(pass.failed));
    }

    /** The state of one resolution: kept out of the resolver so that it has none. */
    private final class Pass {
        private final Set<String> skipped;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final Set<String> failed = new HashSet<>();
        private int resolved;

        Pass(Set<String> skipped) {
            this.skipped = skipped;
        }

        void visit(JsonNode node, JsonNodePath path) {
            if (node instanceof ObjectNode object) {
                List<String> keys = new ArrayList<>();
                object.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    JsonNodePath child = path.append(key);
                    replaceOrVisit(object.get(key), child, text -> object.set(key, text));
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    int index = i;
                    replaceOrVisit(array.get(i), path.append(i), text -> array.set(index, text));
                }
            }
        }

        private void replaceOrVisit(JsonNode node, JsonNodePath path, Consumer<TextNode> setter) {
            if (!node.isTextual()) {
                visit(node, path);
                return;
            }
            String text = node.textValue();
            if (!text.contains("${") || skipped.contains(path.toString())) {
                return;
            }
            int before = problems.size();
            String value = substitute(text, path.toString());
            if (problems.size() > before) {
                failed.add(path.toString());
            } else {
                setter.accept(TextNode.valueOf(value));
                resolved++;
            }
        }

        private String substitute(String text, String path) {
            StringBuilder out = new StringBuilder();
            Matcher matcher = REFERENCE.matcher(text);
            int end = 0;
            while (matcher.find()) {
                out.append(text, end, matcher.start());
                end = matcher.end();
                String name = matcher.group(1);
                String value = env.get(name);
                if (!NAME.matcher(name).matches()) {
                    // What is between the braces is not quoted back: in a secret field it could be the secret.
                    problems.add(new ConfigProblem(path, "contains a malformed ${...} reference: a variable name has"
                            + " only letters, digits and underscores, and does not start with a digit"));
                } else if (value == null) {
                    problems.add(new ConfigProblem(path, "environment variable " + name + " is not set"));
                } else if (value.isBlank()) {
                    problems.add(new ConfigProblem(path, "environment variable " + name + " is empty"));
                } else {
                    out.append(value);
                }
            }
            if (text.indexOf("${", end) >= 0) {
                problems.add(new ConfigProblem(path, "contains \"${\" without a closing \"}\""));
            }
            return out.append(text, end, text.length()).toString();
        }
    }
}
