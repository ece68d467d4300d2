package dev.liveops.command;

import static dev.liveops.command.CommandParser.count;
import static dev.liveops.command.CommandParser.printable;

import dev.liveops.command.Tokenizer.BadInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words after the subcommand: options are taken out first, positionals are consumed in order. */
final class CommandArguments {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    CommandArguments(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                int equals = word.indexOf('=');
                String key = (equals < 0 ? word : word.substring(0, equals)).toLowerCase(Locale.ROOT);
                String value = equals >= 0 ? word.substring(equals + 1)
                        : i + 1 < words.size() ? words.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new BadInput("The option " + printable(key) + " needs a value.");
                }
                if (options.put(key, value) != null) {
                    throw new BadInput("The option " + printable(key) + " is given twice.");
                }
            } else {
                positionals.add(word);
            }
        }
    }

    Optional<String> option(String key) {
        return Optional.ofNullable(options.remove(key));
    }

    int intOption(String key, int fallback, int min, int max) {
        return option(key).map(value -> {
            if (!CommandParser.UP_TO_9_DIGITS.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                throw new BadInput(key + " takes a number from " + min + " to " + max + ", not '"
                        + printable(value) + "'.");
            }
            return Integer.parseInt(value);
        }).orElse(fallback);
    }

    Optional<String> next() {
        return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.remove(0));
    }

    /** All the words left, as one name: a project name may have spaces ({@code read Crypto Basis}). */
    String project() {
        if (positionals.isEmpty()) {
            throw new BadInput("Name a project, by name or id.");
        }
        String project = String.join(" ", rest());
        if (project.isBlank()) {
            throw new BadInput("The project name is empty.");
        }
        return project;
    }

    boolean hasMore() {
        return !positionals.isEmpty();
    }

    Optional<String> last() {
        return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.remove(positionals.size() - 1));
    }

    int positionalCount() {
        return positionals.size();
    }

    /** The last word, left in place. */
    String peekLast() {
        return positionals.get(positionals.size() - 1);
    }

    /** A count after the project: the last word when it is a number and something comes before it. */
    int trailingCount(int fallback, int max) {
        if (positionals.size() >= 2 && CommandParser.DIGITS.matcher(positionals.get(positionals.size() - 1)).matches()) {
            return count(last().orElseThrow(), max);
        }
        return fallback;
    }

    String code() {
        String code = next().orElseThrow(() -> new BadInput("Give the confirmation code shown with the request."));
        if (!CODE.matcher(code).matches()) {
            throw new BadInput("'" + printable(code) + "' is not a confirmation code.");
        }
        return code;
    }

    List<String> rest() {
        List<String> rest = List.copyOf(positionals);
        positionals.clear();
        return rest;
    }

    void expectEnd() {
        if (!options.isEmpty()) {
            throw new BadInput("Unknown option " + printable(options.keySet().iterator().next()) + ".");
        }
        if (!positionals.isEmpty()) {
            throw new BadInput("Unexpected '" + printable(positionals.stream().collect(Collectors.joining(" ")))
                    + "'.");
        }
    }

    /** Whether the one positional word left is {@code word} (ignoring case), as in {@code stop all}. */
    boolean onlyWordIs(String word) {
        return positionals.size() == 1 && positionals.get(0).equalsIgnoreCase(word);
    }
}
