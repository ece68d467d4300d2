package dev.liveops.config;

import java.util.Objects;

/**
 * One thing wrong with a config file, as the user should read it.
 *
 * @param path    where: a JSON path such as {@code $.quantconnect.apiToken}, or {@code $} for the whole file
 * @param message what, in plain English; never contains a secret's value
 */
public record ConfigProblem(String path, String message) {
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The line the user sees: {@code $.a.b: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
