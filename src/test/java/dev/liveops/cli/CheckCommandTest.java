package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} talks to QuantConnect with the config's timeouts. The server here never answers its first
 * connection and answers every later one at once: with the config's one-second read limit the retry gets through
 * in about a second, where the client's default (30 s a read) would still be waiting at the test's limit.
 */
class CheckCommandTest {
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @TempDir
    Path folder;

    private ServerSocket server;
    private final List<Socket> held = new ArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void setUp() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "first-call-hangs");
        acceptor.start();
    }

    @AfterEach
    void tearDown() throws IOException, InterruptedException {
        server.close();
        acceptor.join();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void usesTheConfiguredTimeouts() throws IOException {
        Path config = Files.writeString(folder.resolve("bot-config.json"), """
                {
                  "quantconnect": {
                    "userId": "123456", "apiToken": "${QC_TOKEN}",
                    "baseUrl": "http://127.0.0.1:%d/api/v2",
                    "timeouts": {"connectSeconds": 1, "readSeconds": 1, "callSeconds": 2}
                  }
                }
                """.formatted(server.getLocalPort()));
        Terminal terminal = new Terminal("tester", Map.of("QC_TOKEN", "token-0001"), folder);

        Terminal.Result result = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> terminal.run("", "check", "-c", config.toString()));

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("QuantConnect accepted the credentials of user 123456.");
        assertThat(result.exit()).isZero();
    }

    private void serve() {
        try {
            held.add(server.accept());
            while (true) {
                try (Socket socket = server.accept()) {
                    readRequest(socket.getInputStream());
                    byte[] body = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
                    socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return;
            }
            head.write(next);
        }
        Matcher length = CONTENT_LENGTH.matcher(head.toString(StandardCharsets.US_ASCII));
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        }
    }
}
