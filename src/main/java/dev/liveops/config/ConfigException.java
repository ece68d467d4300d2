package dev.liveops.config;

import java.util.List;
import java.util.Objects;

/**
 * The config file cannot be used. {@link #getMessage()} is the complete report for the user, one line per problem,
 * so callers print it as is: no stack trace, nothing else needed.
 */
public final class ConfigException extends RuntimeException {
    private final String source;
    private final List<ConfigProblem> problems;

    private ConfigException(String message, String source, List<ConfigProblem> problems) {
        super(message);
        this.source = source;
        this.problems = problems;
    }

    /** A file with problems in its content: "bot-config.json has 2 problems:" then one indented line each. */
    public static ConfigException of(String source, List<ConfigProblem> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        List<ConfigProblem> copy = List.copyOf(problems);
        StringBuilder report = new StringBuilder(source).append(" has ").append(copy.size())
                .append(copy.size() == 1 ? " problem:" : " problems:");
        copy.forEach(problem -> report.append("\n  ").append(problem));
        return new ConfigException(report.toString(), source, copy);
    }

    /** A file that could not be read at all (missing, unreadable): the message is one sentence. */
    static ConfigException unreadable(String source, String sentence) {
        return new ConfigException(sentence, source, List.of(new ConfigProblem("$", sentence)));
    }

    /** The file name or description the problems refer to, as given to the loader. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order they appear in the file. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
