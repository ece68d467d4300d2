package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON paths as the user sees them ({@code $.brokerages.ib.settings['ib-password']}). Every check builds its paths
 * here, with the schema validator's own path type, so a path from any check matches the validator's paths exactly
 * (the loader relies on that to skip fields and to sort problems).
 */
final class ConfigPaths {
    static final JsonNodePath ROOT = new JsonNodePath(PathType.JSON_PATH);

    private ConfigPaths() {
    }

    /** The path of a node given by its keys and indexes from the root, e.g. {@code of("slack", "botToken")}. */
    static JsonNodePath of(Object... steps) {
        JsonNodePath path = ROOT;
        for (Object step : steps) {
            path = step instanceof Integer index ? path.append(index) : path.append((String) step);
        }
        return path;
    }

    /**
     * Sorts problems into the order of the file, so the report reads top to bottom like the file. A problem about a
     * key that is absent (a required one) goes at the end of the object it is missing from.
     */
    static List<ConfigProblem> inDocumentOrder(JsonNode root, List<ConfigProblem> problems) {
        Map<String, int[]> spans = new HashMap<>();
        number(root, ROOT, spans);
        return problems.stream()
                .sorted(Comparator.comparingInt(problem -> position(problem.path(), spans)))
                .toList();
    }

    /** Each node's span in a pre-order walk: its own number, and the number after its last descendant. */
    private static void number(JsonNode node, JsonNodePath path, Map<String, int[]> spans) {
        int[] span = {spans.size(), 0};
        spans.put(path.toString(), span);
        if (node.isObject()) {
            node.properties().forEach(entry -> number(entry.getValue(), path.append(entry.getKey()), spans));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                number(node.get(i), path.append(i), spans);
            }
        }
        span[1] = spans.size();
    }

    private static int position(String path, Map<String, int[]> spans) {
        int[] span = spans.get(path);
        if (span != null) {
            return 2 * span[0];
        }
        String current = path;
        while (true) {
            int cut = current.endsWith("]") ? current.lastIndexOf('[') : current.lastIndexOf('.');
            if (cut <= 0) {
                return 0;
            }
            current = current.substring(0, cut);
            span = spans.get(current);
            if (span != null) {
                return 2 * span[1] - 1; // after the ancestor's last descendant, before whatever follows it
            }
        }
    }
}
