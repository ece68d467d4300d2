package dev.liveops.command;

import dev.liveops.quantconnect.AlgorithmApi;
import static dev.liveops.command.CommandParser.printable;

import dev.liveops.command.Tokenizer.BadInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of {@code command <project> <name> [key=value ...]} and {@code broadcast <name> [key=value ...]}. The
 * arguments start at the first word with an {@code =}; the word before them is the command, the words before that
 * the project (so a name with spaces needs no quotes). Only the shape is checked here: which commands and arguments
 * exist is the config's business ({@link AlgorithmCommandDesk}).
 */
final class AlgorithmCommandGrammar {
    public static final int DEFAULT_INSIGHTS = 10;
    /** One QuantConnect read's worth: the chat asks for no more than a single call returns. */
    public static final int MAX_INSIGHTS = AlgorithmApi.MAX_INSIGHTS;
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";
    private static final String KEY = "[A-Za-z_$][A-Za-z0-9_]{0,39}";

    private AlgorithmCommandGrammar() {
    }

    static LiveCommand.SendCommand command(CommandArguments args) {
        List<String> words = args.rest();
        int firstArgument = firstArgument(words);
        if (firstArgument < 2) {
            throw new BadInput("Name a project and a command, e.g. command momentum flatten.");
        }
        String name = commandName(words.get(firstArgument - 1));
        String project = String.join(" ", words.subList(0, firstArgument - 1));
        return new LiveCommand.SendCommand(project, name, arguments(words.subList(firstArgument, words.size())));
    }

    static LiveCommand.Broadcast broadcast(CommandArguments args) {
        List<String> words = args.rest();
        int firstArgument = firstArgument(words);
        if (firstArgument != 1) {
            throw new BadInput(firstArgument == 0 ? "Name the command to broadcast, e.g. broadcast risk-off."
                    : "Name one command, then its arguments as key=value.");
        }
        return new LiveCommand.Broadcast(commandName(words.get(0)),
                arguments(words.subList(1, words.size())));
    }

    static LiveCommand.ShowInsights insights(CommandArguments args) {
        int count = args.trailingCount(DEFAULT_INSIGHTS, MAX_INSIGHTS);
        return new LiveCommand.ShowInsights(args.project(), count);
    }

    private static int firstArgument(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).contains("=")) {
                return i;
            }
        }
        return words.size();
    }

    private static String commandName(String word) {
        if (!word.matches(NAME)) {
            throw new BadInput("'" + printable(word) + "' is not a command name; the names in the config use "
                    + "letters, digits, . _ and -.");
        }
        return word;
    }

    private static Map<String, String> arguments(List<String> words) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals < 0) {
                throw new BadInput("'" + printable(word) + "' is not an argument; write arguments as key=value, "
                        + "e.g. symbol=SPY.");
            }
            String key = word.substring(0, equals);
            String value = word.substring(equals + 1);
            if (!key.matches(KEY)) {
                throw new BadInput("'" + printable(key) + "' is not an argument name.");
            }
            if (value.isBlank()) {
                throw new BadInput("The argument " + key + " needs a value, e.g. " + key + "=SPY.");
            }
            if (arguments.put(key, value) != null) {
                throw new BadInput("The argument " + key + " is given twice.");
            }
        }
        return arguments;
    }
}
