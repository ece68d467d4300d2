package dev.liveops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A keep-alive client is served on one connection, with TCP_NODELAY so no answer waits for a delayed ACK. */
class SandboxKeepAliveTest {

    @Test
    void twoRequestsAreAnsweredOnOneKeptAliveConnection() throws IOException {
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).build().start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));

            for (int i = 0; i < 2; i++) {
                out.write(("POST /api/v2/no/such/endpoint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 404 Not Found");
                int length = -1;
                for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
                    assertThat(header.toLowerCase()).isNotEqualTo("connection: close");
                    if (header.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                char[] body = new char[length];
                assertThat(in.read(body, 0, length)).isEqualTo(length);
                assertThat(new String(body)).contains("Unknown API endpoint");
            }
        }
    }

    @Test
    void startingTheSandboxTurnsOnTcpNoDelayForTheJdkServer() {
        System.clearProperty(QuantConnectSandbox.NO_DELAY);
        try (QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(0).build().start()) {
            assertThat(System.getProperty(QuantConnectSandbox.NO_DELAY)).isEqualTo("true");
        }
    }
}
