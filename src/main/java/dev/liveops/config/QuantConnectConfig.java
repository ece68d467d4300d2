package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.liveops.secret.Secret;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How LiveOps reaches the QuantConnect API.
 *
 * @param userId         the QuantConnect user id, digits
 * @param apiToken       the API token
 * @param baseUrl        the API base URL, without a trailing slash, e.g. {@value #DEFAULT_BASE_URL}
 * @param timeouts       network timeouts
 * @param organizationId the organization to work in; empty for the user's default organization
 */
public record QuantConnectConfig(
        String userId,
        Secret apiToken,
        String baseUrl,
        Timeouts timeouts,
        Optional<String> organizationId) {

    /** Also the schema's default; a test keeps the two equal. */
    public static final String DEFAULT_BASE_URL = "https://www.quantconnect.com/api/v2";

    public QuantConnectConfig {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(organizationId, "organizationId");
    }

    /** Timeouts of QuantConnect API calls, in seconds as in the file. */
    public record Timeouts(int connectSeconds, int readSeconds, int callSeconds) {
        /** Also the schema's defaults; a test keeps the two equal. */
        public static final Timeouts DEFAULT = new Timeouts(10, 30, 60);

        public Duration connect() {
            return Duration.ofSeconds(connectSeconds);
        }

        public Duration read() {
            return Duration.ofSeconds(readSeconds);
        }

        public Duration call() {
            return Duration.ofSeconds(callSeconds);
        }
    }

    @JsonCreator
    private static QuantConnectConfig fromJson(
            @JsonProperty("userId") String userId,
            @JsonProperty("apiToken") Secret apiToken,
            @JsonProperty("baseUrl") String baseUrl,
            @JsonProperty("timeouts") Timeouts timeouts,
            @JsonProperty("organizationId") String organizationId) {
        return new QuantConnectConfig(userId, apiToken, baseUrl, timeouts, Optional.ofNullable(organizationId));
    }
}
