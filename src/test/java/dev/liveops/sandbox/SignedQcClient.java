package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test-only QuantConnect client over java.net.http that signs requests exactly as the API requires, written
 * from the reference independently of the sandbox's own verifier. The timestamp comes from the test clock.
 */
final class SignedQcClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final String userId;
    private final String apiToken;
    private final Clock clock;

    SignedQcClient(String baseUrl, String userId, String apiToken, Clock clock) {
        this.baseUrl = baseUrl;
        this.userId = userId;
        this.apiToken = apiToken;
        this.clock = clock;
    }

    static SignedQcClient of(QuantConnectSandbox sandbox, Clock clock) {
        return new SignedQcClient(sandbox.baseUrl(), sandbox.userId(), sandbox.apiToken(), clock);
    }

    record Reply(int status, String contentType, String rawBody, JsonNode body) {

        boolean success() {
            return body.path("success").asBoolean(false);
        }

        String firstError() {
            return body.path("errors").path(0).asText("");
        }
    }

    /** POSTs a JSON body and expects HTTP 200 with success:true. */
    JsonNode ok(String endpoint, Map<String, ?> body) {
        Reply reply = post(endpoint, body);
        assertThat(reply.status()).as("HTTP status of %s: %s", endpoint, reply.rawBody()).isEqualTo(200);
        assertThat(reply.success()).as("success of %s: %s", endpoint, reply.rawBody()).isTrue();
        return reply.body();
    }

    /** POSTs a JSON body and expects an API-level failure (HTTP 200, success:false); returns the first error. */
    String apiError(String endpoint, Map<String, ?> body) {
        Reply reply = post(endpoint, body);
        assertThat(reply.status()).as("HTTP status of %s: %s", endpoint, reply.rawBody()).isEqualTo(200);
        assertThat(reply.success()).as("success of %s: %s", endpoint, reply.rawBody()).isFalse();
        return reply.firstError();
    }

    Reply post(String endpoint, Map<String, ?> body) {
        try {
            return postRaw(endpoint, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply postRaw(String endpoint, String rawBody) {
        return send(signed(request(endpoint, "")).POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    Reply get(String endpoint, Map<String, String> query) {
        String queryString = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(signed(request(endpoint, queryString)).GET());
    }

    /** A POST with hand-made auth headers (null leaves a header out). */
    Reply postWithHeaders(String endpoint, String authorization, String timestamp) {
        HttpRequest.Builder builder = request(endpoint, "");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (timestamp != null) {
            builder.header("Timestamp", timestamp);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** A request to any path below the server root, e.g. "/api/v2/live/read" or "/". */
    Reply method(String method, String path) {
        URI root = URI.create(baseUrl).resolve(path);
        return send(signed(HttpRequest.newBuilder(root).header("Content-Type", "application/json"))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));
    }

    static String authorization(String userId, String apiToken, long timestamp) {
        String hash = sha256Hex(apiToken + ":" + timestamp);
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + hash).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    private HttpRequest.Builder request(String endpoint, String query) {
        String uri = baseUrl + "/" + endpoint + (query.isEmpty() ? "" : "?" + query);
        return HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
    }

    private HttpRequest.Builder signed(HttpRequest.Builder builder) {
        long timestamp = now();
        return builder.header("Authorization", authorization(userId, apiToken, timestamp))
                .header("Timestamp", Long.toString(timestamp));
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isEmpty() ? MissingNode.getInstance() : JSON.readTree(raw);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), raw,
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
