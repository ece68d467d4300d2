package dev.liveops.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One readiness check's result.
 *
 * @param name   what was checked: {@code store}, {@code quantconnect}, {@code discord}, {@code slack}
 * @param ok     whether it passed
 * @param detail what was seen, as JSON-ready values; never a secret and never free text from outside LiveOps
 */
public record Check(String name, boolean ok, Map<String, Object> detail) {
    public Check {
        Objects.requireNonNull(name, "name");
        detail = new LinkedHashMap<>(detail);
    }

    public static Check of(String name, boolean ok, String checks) {
        return new Check(name, ok, Map.of("checks", checks));
    }
}
