package dev.liveops.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers no proper API could give, for clients to prove they survive them: see {@link SandboxFaults}. */
enum SandboxBreakage {
    /** HTTP 200 whose body stops halfway through the JSON envelope. */
    MALFORMED_JSON {
        @Override
        void answer(HttpExchange exchange) throws IOException {
            byte[] body = "{\"success\": true, \"live\": [{\"projectId\": 1".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    },
    /** The connection is closed before any response is sent, as a crashing proxy does. */
    DROPPED_CONNECTION {
        @Override
        void answer(HttpExchange exchange) {
            // Closing an exchange whose headers were never sent closes its socket: the client reads end of stream.
        }
    };

    abstract void answer(HttpExchange exchange) throws IOException;
}
