package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one JSON POST to QuantConnect and turns the answer into JSON or a {@link QuantConnectException}: the
 * envelope check, the error mapping and the retry rules live here once, for every endpoint.
 */
final class ApiTransport {
    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String USER_AGENT = "LiveOps/0.1 (+QuantConnect live-ops bot)";

    private final HttpUrl baseUrl;
    private final OkHttpClient reads;
    private final OkHttpClient mutations;
    private final ObjectMapper json;
    private final Map<Endpoint, RetryPolicy<Object>> retryPolicies = new EnumMap<>(Endpoint.class);
    private final RetryPolicy<JsonNode> loadingRetry;
    private final CallObserver observer;
    private final InFlightReads<Answer> inFlight;

    ApiTransport(HttpUrl baseUrl, OkHttpClient http, ObjectMapper json, RetrySettings retries,
                 CallObserver observer) {
        this.baseUrl = baseUrl;
        this.observer = observer;
        this.inFlight = new InFlightReads<>(observer);
        this.reads = http;
        // OkHttp silently re-sends a request on some connection failures (a stale pooled connection): fine for a
        // read, a second liquidation for a mutation.
        this.mutations = http.newBuilder().retryOnConnectionFailure(false).build();
        this.json = json;
        for (Endpoint endpoint : Endpoint.values()) {
            retryPolicies.put(endpoint, retryPolicy(endpoint, retries));
        }
        this.loadingRetry = RetryPolicy.<JsonNode>builder()
                .handleResultIf(ApiTransport::isLoading)
                .handleIf(failure -> false) // failures were already retried (or must not be) by call()
                .withMaxAttempts(retries.maxAttempts())
                .withDelay(Duration.ofMillis(Math.max(1, retries.maxDelay().toMillis())))
                .build();
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Calls the endpoint and returns the whole response object, {@code success} checked. A read shares the answer
     * of an identical read in flight; see {@link InFlightReads}.
     */
    JsonNode call(Endpoint endpoint, Object body) {
        byte[] answer = answer(endpoint, body, null).bytes();
        try {
            return json.readTree(answer);
        } catch (IOException unreadable) {
            throw ApiFailures.unreadable(endpoint, "QuantConnect's answer to " + endpoint.path() + " is not JSON.",
                    unreadable);
        }
    }

    /** An answer whose {@code success} was checked: its bytes, and its payload field when one was asked for. */
    private record Answer(byte[] bytes, EnvelopeFields.Read read) {
    }

    /**
     * The answer, {@code success} checked; a read shares it with an identical read in flight. The body is
     * serialised once: it is the read's key and every attempt's payload.
     */
    private Answer answer(Endpoint endpoint, Object body, EnvelopeFields.Payload<?> reading) {
        byte[] payload = serialise(body);
        if (endpoint.kind() == Endpoint.Kind.READ) {
            return inFlight.read(endpoint, new String(payload, StandardCharsets.UTF_8), reading,
                    () -> retried(endpoint, payload, reading));
        }
        try {
            return retried(endpoint, payload, reading);
        } finally {
            inFlight.wrote();
        }
    }

    private Answer retried(Endpoint endpoint, byte[] payload, EnvelopeFields.Payload<?> reading) {
        try {
            return Failsafe.with(retryPolicies.get(endpoint)).get(() -> attempt(endpoint, payload, reading));
        } catch (TransportFailure failure) {
            if (endpoint.isRetryable() || !failure.mayHaveArrived()) {
                throw ApiFailures.unavailable(endpoint, failure);
            }
            throw new OutcomeUnknownException(endpoint, failure.reason(), failure);
        } catch (FailsafeException interrupted) {
            Thread.currentThread().interrupt();
            throw ApiFailures.interrupted(endpoint, interrupted);
        }
    }

    /** Calls the endpoint and binds the response to a record, straight from its bytes. */
    <T> T call(Endpoint endpoint, Object body, Class<T> type) {
        byte[] answer = answer(endpoint, body, null).bytes();
        try {
            return json.readValue(answer, type);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw ApiFailures.unbindable(endpoint, unreadable);
        }
    }

    /**
     * Calls the endpoint and returns one field of its answer, read by {@code payload} in the same pass over the
     * bytes as the envelope check: for an answer too large to read twice ({@code live/list} at 100,000
     * deployments). A field of the wrong shape in a successful answer is reported as such.
     */
    @SuppressWarnings("unchecked")
    <T> T call(Endpoint endpoint, Object body, EnvelopeFields.Payload<T> payload) {
        EnvelopeFields.Read read = answer(endpoint, body, payload).read();
        if (read.unreadablePayload() != null) {
            throw ApiFailures.unbindable(endpoint, read.unreadablePayload());
        }
        return (T) read.payload();
    }

    /**
     * Calls a read whose answer may be QuantConnect's {@code {"status":"loading","progress":0.4}} placeholder,
     * asking again (on the read retry schedule) until the data is ready.
     */
    JsonNode callUntilLoaded(Endpoint endpoint, Object body) {
        JsonNode answer = Failsafe.with(loadingRetry).get(() -> call(endpoint, body));
        if (isLoading(answer)) {
            throw ApiFailures.stillLoading(endpoint, answer.path("progress").asDouble(0));
        }
        return answer;
    }

    private static boolean isLoading(JsonNode answer) {
        return "loading".equalsIgnoreCase(answer.path("status").asText(""));
    }

    <T> T bind(Endpoint endpoint, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw ApiFailures.unbindable(endpoint, unreadable);
        }
    }

    /** One request, told to the observer however it ends. */
    private Answer attempt(Endpoint endpoint, byte[] payload, EnvelopeFields.Payload<?> reading) {
        long started = System.nanoTime();
        CallObserver.Outcome outcome = CallObserver.Outcome.UNAVAILABLE;
        try {
            Answer answer = send(endpoint, payload, reading);
            outcome = CallObserver.Outcome.OK;
            return answer;
        } catch (QuantConnectAuthException refused) {
            outcome = CallObserver.Outcome.AUTH_FAILED;
            throw refused;
        } catch (QuantConnectApiException refused) {
            outcome = CallObserver.Outcome.REFUSED;
            throw refused;
        } catch (QuantConnectProtocolException | OutcomeUnknownException unreadable) {
            outcome = CallObserver.Outcome.UNREADABLE;
            throw unreadable;
        } finally {
            observer.requested(endpoint, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Answer send(Endpoint endpoint, byte[] payload, EnvelopeFields.Payload<?> reading) {
        Request request = new Request.Builder()
                .url(baseUrl.newBuilder().addPathSegments(endpoint.path()).build())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .post(RequestBody.create(payload, JSON))
                .build();
        OkHttpClient http = endpoint.isRetryable() ? reads : mutations;
        long started = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            log.debug("POST {} -> HTTP {} in {} ms", endpoint, response.code(), (System.nanoTime() - started) / 1_000_000);
            return interpret(endpoint, response, reading);
        } catch (ConnectException | UnknownHostException | NoRouteToHostException neverSent) {
            throw new TransportFailure("it could not be reached (" + neverSent.getClass().getSimpleName() + ")",
                    false, neverSent);
        } catch (InterruptedIOException timeout) {
            throw new TransportFailure("it did not answer in time", true, timeout);
        } catch (IOException network) {
            throw new TransportFailure("the connection failed (" + network.getClass().getSimpleName() + ")",
                    true, network);
        }
    }

    private Answer interpret(Endpoint endpoint, Response response, EnvelopeFields.Payload<?> reading)
            throws IOException {
        int code = response.code();
        if (code == 401 || code == 403) {
            throw new QuantConnectAuthException(endpoint);
        }
        if (code >= 500 || code == 429) {
            throw TransportFailure.httpError(code);
        }
        byte[] answer = ResponseBytes.of(response.body());
        EnvelopeFields.Read read = parse(endpoint, code, answer, reading);
        JsonNode envelope = read.envelope();
        if (!envelope.isObject()) {
            throw ApiFailures.unreadable(endpoint, "QuantConnect answered " + endpoint.path() + " with HTTP " + code
                    + " and no JSON envelope.", null);
        }
        List<String> errors = EnvelopeFields.errors(envelope);
        if (isAuthFailure(errors)) {
            throw new QuantConnectAuthException(endpoint);
        }
        JsonNode success = envelope.get("success");
        if (success != null && success.asBoolean(false) && code < 400) {
            return new Answer(answer, read);
        }
        if (!errors.isEmpty()) {
            throw new QuantConnectApiException(endpoint, errors);
        }
        if (code >= 400) {
            throw new QuantConnectApiException(endpoint,
                    List.of("QuantConnect refused " + endpoint.path() + " with HTTP " + code + "."));
        }
        if (success == null) {
            throw ApiFailures.unreadable(endpoint, "QuantConnect's answer to " + endpoint.path()
                    + " has no success flag.", null);
        }
        throw new QuantConnectApiException(endpoint,
                List.of("QuantConnect reported that " + endpoint.path() + " failed but gave no reason."));
    }

    private EnvelopeFields.Read parse(Endpoint endpoint, int code, byte[] answer,
                                      EnvelopeFields.Payload<?> reading) {
        try {
            return EnvelopeFields.read(json, answer, reading);
        } catch (IOException notJson) {
            throw ApiFailures.unreadable(endpoint, "QuantConnect answered " + endpoint.path() + " (HTTP " + code
                    + ") with something that is not JSON.", notJson);
        }
    }

    private static boolean isAuthFailure(List<String> errors) {
        return errors.stream().map(error -> error.toLowerCase(Locale.ROOT)).anyMatch(error ->
                error.startsWith("hash doesn't match") || error.startsWith("userid not valid")
                        || error.contains("timestamp is too old"));
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("request body is not serialisable", impossible);
        }
    }

    /** Reads retry any transport failure; mutations only one that provably never left this machine. */
    private static RetryPolicy<Object> retryPolicy(Endpoint endpoint, RetrySettings settings) {
        boolean onlyUnsent = !endpoint.isRetryable();
        long initial = Math.max(1, settings.initialDelay().toMillis());
        long max = Math.max(initial + 1, settings.maxDelay().toMillis());
        return RetryPolicy.<Object>builder()
                .handleIf(failure -> failure instanceof TransportFailure transport
                        && (!onlyUnsent || !transport.mayHaveArrived()))
                .withMaxAttempts(settings.maxAttempts())
                .withBackoff(initial, max, ChronoUnit.MILLIS)
                .withJitter(0.25)
                .onRetry(event -> log.warn("QuantConnect {} failed ({}); retry {} of {}", endpoint,
                        event.getLastException().getMessage(), event.getAttemptCount(), settings.maxAttempts() - 1))
                .build();
    }
}
