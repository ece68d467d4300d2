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
    /** Set when the pattern is a plain prefix followed by one {@code *}, the common case, matched without a regex. */
    private final String prefix;
    private final Pattern compiled;

    public ProjectGlob(String pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        String head = pattern.substring(0, Math.max(0, pattern.length() - 1));
        boolean prefixOnly = pattern.endsWith("*") && head.indexOf('*') < 0 && head.indexOf('?') < 0;
        this.prefix = prefixOnly ? (head.startsWith("/") ? head.substring(1) : head) : null;
        this.compiled = prefixOnly ? null : compile(pattern.startsWith("/") ? pattern.substring(1) : pattern);
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String projectName) {
        int start = projectName.startsWith("/") ? 1 : 0;
        if (prefix != null) {
            return projectName.regionMatches(true, start, prefix, 0, prefix.length());
        }
        return compiled.matcher(projectName.substring(start)).matches();
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
