package dev.liveops.command;

import dev.liveops.command.DeclaredCommand.Argument;
import dev.liveops.quantconnect.model.AlgorithmCommand;
import dev.liveops.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a typed command against what the config declares, before anything is looked up or sent: an undeclared
 * command or argument, a missing required one or a value of the wrong type gets one sentence saying what exists.
 */
final class CommandCheck {
    private CommandCheck() {
    }

    /** The declared command with the {@code command} object to send, or the sentence refusing it. */
    sealed interface Result {
        record Valid(DeclaredCommand declared, Map<String, Object> fields) implements Result {
        }

        record Invalid(String sentence) implements Result {
            Reply reply() {
                return Reply.error(sentence);
            }
        }
    }

    static Result check(AlgorithmCommands commands, String name, Map<String, String> typed) {
        Optional<DeclaredCommand> found = commands.find(name);
        if (found.isEmpty()) {
            return new Result.Invalid("There is no command '" + CommandParser.printable(name)
                    + "'; the config declares: " + commands.names() + ".");
        }
        DeclaredCommand declared = found.get();
        Map<String, Argument> allowed = declared.arguments();
        List<String> unknown = typed.keySet().stream().filter(key -> !allowed.containsKey(key)).toList();
        if (!unknown.isEmpty()) {
            return new Result.Invalid(name + " takes no argument '" + CommandParser.printable(unknown.get(0))
                    + "'; it takes " + describe(allowed) + ".");
        }
        List<String> missing = allowed.entrySet().stream()
                .filter(e -> e.getValue().required() && !typed.containsKey(e.getKey())).map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            return new Result.Invalid(name + " needs " + String.join(" and ", missing.stream()
                    .map(key -> key + "=<" + allowed.get(key).type().configName() + ">").toList())
                    + "; it takes " + describe(allowed) + ".");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        declared.leanType().ifPresent(type -> fields.put(AlgorithmCommand.TYPE_KEY, type));
        fields.putAll(declared.payload());
        List<String> wrong = new ArrayList<>();
        typed.forEach((key, word) -> {
            ArgumentType type = allowed.get(key).type();
            type.parse(word).ifPresentOrElse(value -> fields.put(key, value),
                    () -> wrong.add(key + " takes " + type.described() + ", not '" + CommandParser.printable(word)
                            + "'"));
        });
        if (!wrong.isEmpty()) {
            return new Result.Invalid(String.join("; ", wrong) + ".");
        }
        return new Result.Valid(declared, fields);
    }

    /** "symbol (string), quantity (number, optional)", or "no arguments". */
    private static String describe(Map<String, Argument> arguments) {
        return arguments.isEmpty() ? "no arguments" : arguments.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().describe() + ")").collect(Collectors.joining(", "));
    }

    /** The fields as a reader sees them: {@code $type=LiquidateCommand, symbol=SPY}. */
    static String shown(Map<String, Object> fields) {
        return fields.isEmpty() ? "{}" : fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
