package dev.liveops.access;

import java.util.regex.Pattern;

/** A project-name pattern from the config: {@code *} any run of characters (slashes too), {@code ?} one; case-insensitive. */
public record ProjectGlob(String pattern) {
    public static final ProjectGlob ANY = new ProjectGlob("*");

    public boolean matches(String projectName) {
        String name = projectName.startsWith("/") ? projectName.substring(1) : projectName;
        return compile().matcher(name).matches();
    }

    private Pattern compile() {
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
    public String toString() {
        return pattern;
    }
}
