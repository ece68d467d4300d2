package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.liveops.secret.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * Where LiveOps keeps its own state (subscriptions, audit log, pending actions, outbox).
 *
 * @param url      the JDBC URL: {@value #DEFAULT_URL} or {@code jdbc:postgresql://host:5432/liveops}
 * @param user     the database user, from an {@code ${ENV_VAR}} reference; PostgreSQL only
 * @param password the database password, from an {@code ${ENV_VAR}} reference; PostgreSQL only
 */
public record StoreConfig(String url, Optional<String> user, Optional<Secret> password) {
    /** Also the schema's default; a test keeps the two equal. */
    public static final String DEFAULT_URL = "jdbc:sqlite:data/liveops.db";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** A store that needs no login: SQLite, or a PostgreSQL trusting its clients. */
    public StoreConfig(String url) {
        this(url, Optional.empty(), Optional.empty());
    }

    @JsonCreator
    private static StoreConfig fromJson(@JsonProperty("url") String url, @JsonProperty("user") String user,
                                        @JsonProperty("password") Secret password) {
        return new StoreConfig(url, Optional.ofNullable(user), Optional.ofNullable(password));
    }
}
