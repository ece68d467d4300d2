package dev.liveops.config;

import java.util.Objects;

/**
 * Where LiveOps keeps its own state (subscriptions, audit log).
 *
 * @param url the JDBC URL, e.g. {@value #DEFAULT_URL}
 */
public record StoreConfig(String url) {
    /** Also the schema's default; a test keeps the two equal. */
    public static final String DEFAULT_URL = "jdbc:sqlite:data/liveops.db";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
    }
}
