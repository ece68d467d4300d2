package dev.liveops.app;

import dev.liveops.access.Permission;
import dev.liveops.command.AlgorithmCommands;
import dev.liveops.command.ArgumentType;
import dev.liveops.command.DeclaredCommand;
import dev.liveops.config.AlgorithmCommandConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** The config's {@code commands} as the core declares them; the schema has already checked every name and type. */
final class AlgorithmCommandsFromConfig {
    private static final String OPTIONAL = "?";

    private AlgorithmCommandsFromConfig() {
    }

    static AlgorithmCommands of(Map<String, AlgorithmCommandConfig> configured) {
        Map<String, DeclaredCommand> declared = new LinkedHashMap<>();
        configured.forEach((name, command) -> declared.put(name, declared(name, command)));
        return new AlgorithmCommands(declared);
    }

    private static DeclaredCommand declared(String name, AlgorithmCommandConfig command) {
        Map<String, DeclaredCommand.Argument> arguments = new LinkedHashMap<>();
        command.args().forEach((key, type) -> {
            boolean optional = type.endsWith(OPTIONAL);
            String typeName = optional ? type.substring(0, type.length() - OPTIONAL.length()) : type;
            arguments.put(key, new DeclaredCommand.Argument(ArgumentType.fromConfigName(typeName).orElseThrow(() ->
                    new IllegalArgumentException("commands." + name + ".args." + key + ": unknown type " + type)),
                    !optional));
        });
        Permission permission = Permission.fromConfigName(command.permission()).orElseThrow(() ->
                new IllegalArgumentException("commands." + name + ".permission: unknown permission "
                        + command.permission()));
        return new DeclaredCommand(name, command.type(), command.payload(), permission, command.confirm(),
                arguments);
    }
}
