package dev.liveops.slack;

import java.util.Objects;

/**
 * Where Slack's Web API is. Production talks to slack.com; tests point this at a local fake, and Socket Mode
 * follows, since its WebSocket URL comes from the Web API's apps.connections.open.
 *
 * @param webApiUrl the Web API URL prefix, ending in "/", e.g. {@code https://slack.com/api/}
 */
public record SlackConnection(String webApiUrl) {
    public static final String SLACK_WEB_API = "https://slack.com/api/";

    public SlackConnection {
        Objects.requireNonNull(webApiUrl, "webApiUrl");
        webApiUrl = webApiUrl.endsWith("/") ? webApiUrl : webApiUrl + "/";
    }

    public static SlackConnection production() {
        return new SlackConnection(SLACK_WEB_API);
    }
}
