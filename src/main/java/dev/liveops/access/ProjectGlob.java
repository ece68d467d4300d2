package dev.liveops.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A project-name pattern from the config: {@code *} any run of characters (slashes too), {@code ?} one;
 * case-insensitive. Compiled once, since the watcher matches every change against every subscription.
 */
public final class ProjectGlob {
    public static final ProjectGlob ANY = new ProjectGlob("*");

    private final String pattern;
    private final Pattern compiled;

    public ProjectGlob(String pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.compiled = pattern.equals("*") ? null : compile(pattern);
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String projectName) {
        if (compiled == null) {
            return true;
        }
        String name = projectName.startsWith("/") ? projectName.substring(1) : projectName;
        return compiled.matcher(name).matches();
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String literal : pattern.split("(?<=[*?])|(?=[*?])")) {
            switch (literal) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(literal));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectGlob glob && glob.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
