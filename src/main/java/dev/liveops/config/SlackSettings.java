package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.liveops.secret.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The Slack app. Named so as not to clash with the Slack SDK's {@code SlackConfig}.
 *
 * @param botToken      the bot user OAuth token (xoxb-...)
 * @param mode          how Slack reaches LiveOps
 * @param appToken      the app-level token (xapp-...); present in socket mode
 * @param signingSecret the request signing secret; present in HTTP mode
 * @param http          the HTTP endpoint, used in HTTP mode
 * @param apiUrl        the Web API's URL prefix, ending in "/": Slack's own, GovSlack's or a proxy's. Socket Mode
 *                      follows it, since its WebSocket URL comes from the Web API's apps.connections.open
 */
public record SlackSettings(
        Secret botToken,
        Mode mode,
        Optional<Secret> appToken,
        Optional<Secret> signingSecret,
        Http http,
        String apiUrl) {
    /** Also the schema's default; a test keeps the two equal. */
    public static final String SLACK_API = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        http = http == null ? Http.DEFAULT : http;
        apiUrl = WebAddress.require(apiUrl == null ? SLACK_API : apiUrl, "slack.apiUrl", "http", "https");
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        if (mode == Mode.SOCKET && appToken.isEmpty()) {
            throw new IllegalArgumentException("Slack socket mode needs an app token");
        }
        if (mode == Mode.HTTP && signingSecret.isEmpty()) {
            throw new IllegalArgumentException("Slack HTTP mode needs a signing secret");
        }
    }

    /** Slack's own Web API. */
    public SlackSettings(Secret botToken, Mode mode, Optional<Secret> appToken, Optional<Secret> signingSecret,
                         Http http) {
        this(botToken, mode, appToken, signingSecret, http, SLACK_API);
    }

    /** The same app, reached through another Web API address. */
    public SlackSettings withApiUrl(String url) {
        return new SlackSettings(botToken, mode, appToken, signingSecret, http, url);
    }

    public enum Mode {
        /** Socket Mode: LiveOps opens a WebSocket to Slack; no public URL needed. */
        @JsonProperty("socket") SOCKET,
        /** Slack posts events to LiveOps' public HTTP endpoint. */
        @JsonProperty("http") HTTP
    }

    /** The HTTP endpoint Slack posts to, in HTTP mode. */
    public record Http(int port, String path) {
        /** Also the schema's defaults; a test keeps the two equal. */
        public static final Http DEFAULT = new Http(3000, "/slack/events");

        public Http {
            Objects.requireNonNull(path, "path");
        }
    }

    @JsonCreator
    private static SlackSettings fromJson(
            @JsonProperty("botToken") Secret botToken,
            @JsonProperty("mode") Mode mode,
            @JsonProperty("appToken") Secret appToken,
            @JsonProperty("signingSecret") Secret signingSecret,
            @JsonProperty("http") Http http,
            @JsonProperty("apiUrl") String apiUrl) {
        return new SlackSettings(botToken, mode, Optional.ofNullable(appToken), Optional.ofNullable(signingSecret),
                http, apiUrl);
    }
}
