package dev.liveops.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable copies for the config records. Maps keep the file's order (unlike {@link Map#copyOf}), so a config
 * prints and iterates the same way on every run. A null (a section built in code without it) becomes empty.
 */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <V> Map<String, V> map(Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key)));
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, List<String>> mapOfLists(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map(map).forEach((key, value) -> copy.put(key, List.copyOf(value)));
        return Collections.unmodifiableMap(copy);
    }
}
