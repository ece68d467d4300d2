package dev.liveops.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP face of the sandbox: injected faults first, then routing, authentication, parameter parsing and the
 * endpoint. Every answer is the QuantConnect envelope {@code {"success":..., "errors":[...]}}; API-level errors are
 * HTTP 200 (as on QuantConnect), auth failures 401, unknown paths 404. Nothing a client sends can cause a 500:
 * only the fault switch produces 5xx.
 */
final class SandboxHttpHandler implements HttpHandler {
    static final String API_PREFIX = "/api/v2/";
    private static final Logger log = LoggerFactory.getLogger(SandboxHttpHandler.class);

    private final ApiRoutes routes;
    private final RequestAuthenticator authenticator;
    private final SandboxFaults faults;
    private final ObjectMapper mapper;

    SandboxHttpHandler(ApiRoutes routes, RequestAuthenticator authenticator, SandboxFaults faults,
                       ObjectMapper mapper) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.faults = faults;
        this.mapper = mapper;
    }

    private record Reply(int status, ObjectNode body) {
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            Optional<SandboxBreakage> broken = faults.takeBreakage(
                    normalizeEndpoint(exchange.getRequestURI().getPath()));
            if (broken.isPresent()) {
                broken.get().answer(exchange);
                log.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), broken.get());
                return;
            }
            Reply reply = answer(exchange);
            send(exchange, reply);
            log.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), reply.status());
        } catch (IOException e) {
            log.debug("Client went away before the response was sent: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("Could not send a sandbox response", e);
        } finally {
            exchange.close();
        }
    }

    /** "/api/v2/live/read/", "live/read" and "/live/read" all name the endpoint "live/read". */
    static String normalizeEndpoint(String path) {
        String endpoint = path == null ? "" : path.trim();
        if (endpoint.startsWith(API_PREFIX)) {
            endpoint = endpoint.substring(API_PREFIX.length());
        }
        while (endpoint.startsWith("/")) {
            endpoint = endpoint.substring(1);
        }
        while (endpoint.endsWith("/")) {
            endpoint = endpoint.substring(0, endpoint.length() - 1);
        }
        return endpoint;
    }

    private Reply answer(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            String endpoint = normalizeEndpoint(path);
            pause(faults.responseDelay());
            Optional<SandboxFaults.HttpFailure> failure = faults.takeFailure(endpoint);
            if (failure.isPresent()) {
                SandboxFaults.HttpFailure fault = failure.get();
                return new Reply(fault.status(), fault.emptyBody() ? null
                        : failure("HTTP " + fault.status() + ": injected by the sandbox fault switch."));
            }
            Optional<Endpoint> route = path.startsWith(API_PREFIX) ? routes.find(endpoint) : Optional.empty();
            if (route.isEmpty()) {
                return new Reply(404, failure("Unknown API endpoint: " + path));
            }
            String method = exchange.getRequestMethod();
            if (!"POST".equals(method) && !"GET".equals(method)) {
                return new Reply(405, failure("Method " + method + " is not allowed; use POST with a JSON body."));
            }
            Optional<String> rejection = authenticator.rejection(exchange.getRequestHeaders(),
                    faults.rotatedToken());
            if (rejection.isPresent()) {
                return new Reply(401, failure(rejection.get()));
            }
            ObjectNode body = route.get().handle(parameters(exchange));
            body.put("success", true);
            body.putArray("errors");
            return new Reply(200, body);
        } catch (ApiException e) {
            return new Reply(200, failure(e.getMessage()));
        } catch (RuntimeException e) {
            // A sandbox bug, not a client error: still an API answer, so clients never see an unplanned 500.
            log.error("Sandbox failed on {}", exchange.getRequestURI(), e);
            return new Reply(200, failure("The sandbox could not process this request: "
                    + e.getClass().getSimpleName()));
        }
    }

    /** POST: the JSON body (query parameters fill in what it lacks); GET: query parameters, as lean-cli sends. */
    private ApiRequest parameters(HttpExchange exchange) {
        ObjectNode fields = queryParameters(exchange.getRequestURI().getRawQuery());
        if ("POST".equals(exchange.getRequestMethod())) {
            fields.setAll(jsonBody(exchange));
        }
        return new ApiRequest(fields);
    }

    private ObjectNode jsonBody(HttpExchange exchange) {
        String text;
        try (InputStream in = exchange.getRequestBody()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException("Could not read the request body.");
        }
        if (text.isBlank()) {
            return mapper.createObjectNode();
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException("Malformed JSON in request body: " + e.getOriginalMessage());
        }
        if (!(json instanceof ObjectNode object)) {
            throw new ApiException("The request body must be a JSON object.");
        }
        return object;
    }

    private ObjectNode queryParameters(String rawQuery) {
        ObjectNode fields = mapper.createObjectNode();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return fields;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.put(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException("Malformed query string near '" + text + "'.");
        }
    }

    private ObjectNode failure(String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("success", false);
        body.putArray("errors").add(message);
        return body;
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body() == null ? new byte[0] : mapper.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (reply.status() == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"QuantConnect\"");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The slow-response fault: blocking this handler thread is exactly the behaviour being simulated. */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
