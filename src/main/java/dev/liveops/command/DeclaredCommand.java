package dev.liveops.command;

import dev.liveops.access.Permission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command the config lets chat send to a running algorithm: a LEAN command class ({@code leanType}, sent as
 * {@code $type}) or, without one, a plain object for the algorithm's {@code on_command}. {@code payload} holds the
 * fixed fields; the declared {@code arguments} are what a caller may add, each required unless declared optional.
 *
 * @param permission the permission a caller needs on the project (on every project for a broadcast)
 * @param confirm    previewed and confirmed like a stop; a broadcast is always confirmed
 */
public record DeclaredCommand(String name, Optional<String> leanType, Map<String, Object> payload,
                              Permission permission, boolean confirm, Map<String, Argument> arguments) {
    public DeclaredCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leanType, "leanType");
        Objects.requireNonNull(permission, "permission");
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** One declared argument. */
    public record Argument(ArgumentType type, boolean required) {
        public Argument {
            Objects.requireNonNull(type, "type");
        }

        /** "number", or "number, optional". */
        String describe() {
            return type.configName() + (required ? "" : ", optional");
        }
    }

    /** "LiquidateCommand" or "on_command", for previews and replies. */
    String target() {
        return leanType.orElse("on_command");
    }
}
