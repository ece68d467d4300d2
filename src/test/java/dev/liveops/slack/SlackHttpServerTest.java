package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.junit.jupiter.api.Test;

class SlackHttpServerTest {

    /** Without TCP_NODELAY the JDK server's separate header and body writes stall each ack on the delayed ACK. */
    @Test
    void startingTheServerTurnsOnTcpNoDelayForTheJdkServer() throws Exception {
        System.clearProperty(SlackHttpServer.NO_DELAY);
        App app = new App(AppConfig.builder().signingSecret("secret").singleTeamBotToken("xoxb-test").build());

        try (SlackHttpServer server = SlackHttpServer.start(app, 0, "/slack/events")) {
            assertThat(System.getProperty(SlackHttpServer.NO_DELAY)).isEqualTo("true");
        }
    }
}
