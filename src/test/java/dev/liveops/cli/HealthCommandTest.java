package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code liveops health}, the image's HEALTHCHECK, against a real HTTP endpoint on loopback. */
class HealthCommandTest {
    @TempDir
    Path folder;

    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    @Test
    void twoHundredIsHealthy() {
        Terminal.Result result = Terminal.in(folder).run("", "health", "--port", String.valueOf(port()));

        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).isEqualTo("LiveOps at http://127.0.0.1:" + port() + "/healthz is healthy.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anyOtherAnswerIsUnhealthy() {
        status.set(503);
        String url = "http://127.0.0.1:" + port() + "/healthz";

        Terminal.Result result = Terminal.in(folder).run("", "health", "--url", url);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("LiveOps at " + url + " answered HTTP 503, not 200.");
    }

    @Test
    void noAnswerIsUnhealthy() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Terminal.Result result = Terminal.in(folder).run("", "health", "--port", String.valueOf(closed));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("Nothing answered at http://127.0.0.1:" + closed + "/healthz (")
                .hasLineCount(1);
    }

    @Test
    void aUrlThatIsNotHttpIsOneSentence() {
        Terminal.Result result = Terminal.in(folder).run("", "health", "--url", "ftp://127.0.0.1/healthz");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("ftp://127.0.0.1/healthz is not an http:// or https:// URL.");
    }

    @Test
    void urlAndPortAreEitherOr() {
        Terminal.Result result = Terminal.in(folder).run("", "health", "--port", "1", "--url", "http://x/healthz");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
