package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class SlackHttpServerTest {
    private static final String SIGNING_SECRET = "http-server-test-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Without TCP_NODELAY the JDK server's separate header and body writes stall each ack on the delayed ACK. */
    @Test
    void startingTheServerTurnsOnTcpNoDelayForTheJdkServer() throws Exception {
        System.clearProperty(SlackHttpServer.NO_DELAY);
        App app = new App(AppConfig.builder().signingSecret("secret").singleTeamBotToken("xoxb-test").build());

        try (SlackHttpServer server = SlackHttpServer.start(app, 0, "/slack/events")) {
            assertThat(System.getProperty(SlackHttpServer.NO_DELAY)).isEqualTo("true");
        }
    }

    /** Starting a thread is on the path of every ack it is needed for: a quiet bot should not need one per request. */
    @Test
    void anIdleRequestThreadServesTheNextRequestRatherThanANewOneStarting() throws Exception {
        List<Thread> servedBy = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try (MockWebServer slackApi = new MockWebServer()) {
            slackApi.start();
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(FakeSlackApi.on(slackApi).apiUrl());
            App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-test")
                    .signingSecret(SIGNING_SECRET).build());
            app.command("/live", (request, context) -> {
                servedBy.add(Thread.currentThread());
                return context.ack("ok");
            });
            try (SlackHttpServer server = SlackHttpServer.start(app, 0, "/slack/events")) {
                URI events = URI.create("http://127.0.0.1:" + server.address().getPort() + "/slack/events");
                for (int i = 0; i < 20; i++) {
                    HttpResponse<String> ack = client.send(signed(events, "command=%2Flive&text=list&trigger_id=t"
                            + i), HttpResponse.BodyHandlers.ofString());
                    assertThat(ack.statusCode()).isEqualTo(200);
                    awaitIdle(servedBy.get(servedBy.size() - 1));
                }
            }
        }

        assertThat(servedBy).as("threads that served 20 requests, one after another").hasSize(20)
                .allMatch(thread -> thread == servedBy.get(0));
    }

    private static HttpRequest signed(URI to, String body) {
        long now = SlackSigning.now();
        return HttpRequest.newBuilder(to).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackSigning.signature(SIGNING_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Done with its request, the thread waits (with a time-out, after which it ends) for the next one. */
    private static void awaitIdle(Thread thread) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("%s idle within %s", thread.getName(), WAIT).isLessThan(deadline);
            Thread.yield();
        }
    }
}
