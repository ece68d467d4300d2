package dev.liveops.slack;

import static dev.liveops.slack.FakeSlackApi.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import dev.liveops.command.CommandGateway;
import dev.liveops.config.SlackSettings;
import dev.liveops.secret.Secret;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Slack adapter that cannot work stops start-up with one sentence that names the setting and no token. */
class SlackBotStartupTest {
    private static final String BOT_TOKEN = "slack-bot-value-0007";
    private static final String APP_TOKEN = "slack-app-value-0008";
    private static final String SIGNING_SECRET = "slack-signing-value-0009";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final CommandGateway gateway = mock(CommandGateway.class);
    private FakeSlackApi fake;

    @BeforeEach
    void setUp() {
        fake = FakeSlackApi.on(server);
    }

    @Test
    void anInvalidBotTokenIsOneClearSentenceWithoutTheToken() {
        fake.script("auth.test", error("invalid_auth"));

        String message = startFailure(http(BOT_TOKEN, 0), fake.apiUrl());

        assertThat(message).isEqualTo("Slack refused the bot token in slack.botToken (invalid_auth); use the app's "
                + "current Bot User OAuth Token.");
        assertOneSentenceWithoutSecrets(message);
    }

    @Test
    void aMissingBotTokenIsNamed() {
        String message = startFailure(http(" ", 0), fake.apiUrl());

        assertThat(message).startsWith("Slack needs a bot token: set slack.botToken");
        assertOneSentenceWithoutSecrets(message);
        assertThat(fake.count("auth.test")).isZero();
    }

    @Test
    void aBlankAppTokenIsNamedBeforeSlackIsAsked() {
        SlackSettings socket = new SlackSettings(Secret.of(BOT_TOKEN), SlackSettings.Mode.SOCKET,
                Optional.of(Secret.of("")), Optional.empty(), null);

        String message = startFailure(socket, fake.apiUrl());

        assertThat(message).startsWith("Slack needs an app-level token in Socket Mode: set slack.appToken");
        assertThat(fake.count("auth.test")).isZero();
    }

    @Test
    void anAppTokenSlackRefusesIsOneClearSentence() {
        fake.script("apps.connections.open", error("invalid_auth"));
        SlackSettings socket = new SlackSettings(Secret.of(BOT_TOKEN), SlackSettings.Mode.SOCKET,
                Optional.of(Secret.of(APP_TOKEN)), Optional.empty(), null);

        String message = startFailure(socket, fake.apiUrl());

        assertThat(message).isEqualTo("Slack would not open a Socket Mode connection with slack.appToken "
                + "(invalid_auth); use an app-level token with the connections:write scope and enable Socket Mode.");
        assertOneSentenceWithoutSecrets(message);
    }

    @Test
    void anUnreachableSlackIsOneClearSentence() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }

        String message = startFailure(http(BOT_TOKEN, 0), "http://127.0.0.1:" + closedPort + "/api/");

        assertThat(message).isEqualTo("Slack could not be reached to check the bot token (ConnectException); check "
                + "the network and try again.");
    }

    @Test
    void aTakenPortIsOneClearSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));

            String message = startFailure(http(BOT_TOKEN, taken.getLocalPort()), fake.apiUrl());

            assertThat(message).startsWith("LiveOps could not listen for Slack on port " + taken.getLocalPort() + " (")
                    .endsWith("); free the port or change slack.http.port.");
        }
    }

    private String startFailure(SlackSettings settings, String apiUrl) {
        SlackStartupException failure = catchThrowableOfType(SlackStartupException.class,
                () -> SlackBot.start(settings.withApiUrl(apiUrl), gateway, Set.of()).close());
        assertThat(failure).as("start-up should have failed").isNotNull();
        return failure.getMessage();
    }

    private static SlackSettings http(String botToken, int port) {
        return new SlackSettings(Secret.of(botToken), SlackSettings.Mode.HTTP, Optional.empty(),
                Optional.of(Secret.of(SIGNING_SECRET)), new SlackSettings.Http(port, "/slack/events"));
    }

    private static void assertOneSentenceWithoutSecrets(String message) {
        assertThat(message).endsWith(".").doesNotContain("\n").doesNotContain(BOT_TOKEN).doesNotContain(APP_TOKEN)
                .doesNotContain(SIGNING_SECRET).doesNotContain("Exception:");
    }
}
