package dev.liveops.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The commands the config declares, by the name chat uses; none unless the config has a {@code commands} section. */
public record AlgorithmCommands(Map<String, DeclaredCommand> byName) {
    public static final AlgorithmCommands NONE = new AlgorithmCommands(Map.of());

    public AlgorithmCommands {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    Optional<DeclaredCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** "flatten, risk-off", or a note that there are none. */
    String names() {
        return byName.isEmpty() ? "none (the config has no commands section)" : String.join(", ", byName.keySet());
    }
}
