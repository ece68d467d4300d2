package dev.liveops.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Failure injection for tests and demos: make a deployment crash, slow every response down, answer the next calls
 * with an HTTP error, a cut-off JSON body or a dropped connection, or rotate the API token. Delays and HTTP errors apply before authentication, like a failing proxy in front of
 * the API. {@link #clear()} removes the delay and pending HTTP errors; a runtime error is part of the deployment's
 * history and stays (deploy again to recover, as on QuantConnect).
 */
public final class SandboxFaults {
    private static final Logger log = LoggerFactory.getLogger(SandboxFaults.class);

    private final OrganizationStore store;
    private final DeploymentService deployments;
    private final Object lock = new Object();
    private Duration delay = Duration.ZERO;
    private final List<PendingFailure> failures = new ArrayList<>();
    private final List<PendingBreakage> breakages = new ArrayList<>();
    private String rotatedToken;

    /** An HTTP failure the handler should send instead of answering. */
    record HttpFailure(int status, boolean emptyBody) {
    }

    /** A broken answer waiting for a call to {@code endpoint} (any call when null). */
    private record PendingBreakage(SandboxBreakage breakage, String endpoint) {
    }

    private static final class PendingFailure {
        private final HttpFailure failure;
        private final String endpoint;
        private int remaining;

        private PendingFailure(HttpFailure failure, String endpoint, int remaining) {
            this.failure = failure;
            this.endpoint = endpoint;
            this.remaining = remaining;
        }
    }

    SandboxFaults(OrganizationStore store, DeploymentService deployments) {
        this.store = store;
        this.deployments = deployments;
    }

    /**
     * Crashes the project's active deployment now: status RuntimeError, {@code message} in live/read "message" and
     * live/list "error", the error and a stack line in its logs, and its node freed.
     *
     * @throws IllegalArgumentException if the project is unknown or has no active deployment
     */
    public void runtimeError(int projectId, String message) {
        Objects.requireNonNull(message, "message");
        try {
            store.transact((organization, now) -> {
                deployments.failWithRuntimeError(organization, now, projectId, message);
                return null;
            });
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        log.info("Fault: project {} deployment set to RuntimeError", projectId);
    }

    /**
     * Restarts the project's deployment that is in RuntimeError, as QuantConnect's automatic restart does: the same
     * deploy id is Running again.
     *
     * @throws IllegalArgumentException if the project is unknown or its latest deployment is not in RuntimeError
     */
    public void autoRestart(int projectId) {
        try {
            store.transact((organization, now) -> {
                deployments.restartAfterError(organization, now, projectId);
                return null;
            });
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        log.info("Fault: project {} restarted after its runtime error", projectId);
    }

    /** Holds every response for {@code delay} of real time before answering; {@link Duration#ZERO} turns it off. */
    public void delayResponses(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        synchronized (lock) {
            this.delay = delay;
        }
        log.info("Fault: responses delayed by {} ms", delay.toMillis());
    }

    /** Answers the next {@code count} calls, to any endpoint, with {@code httpStatus} and an error envelope. */
    public void failNextCalls(int count, int httpStatus) {
        addFailure(count, new HttpFailure(httpStatus, false), null);
    }

    /** As {@link #failNextCalls(int, int)}, counting only calls to {@code endpoint} (e.g. "live/read"). */
    public void failNextCalls(int count, int httpStatus, String endpoint) {
        addFailure(count, new HttpFailure(httpStatus, false), SandboxHttpHandler.normalizeEndpoint(endpoint));
    }

    /** Answers the next {@code count} calls with {@code httpStatus} and no body, as some QuantConnect 500s do. */
    public void failNextCallsWithEmptyBody(int count, int httpStatus) {
        addFailure(count, new HttpFailure(httpStatus, true), null);
    }

    /** Answers the next {@code count} calls with HTTP 200 and a JSON body cut off halfway. */
    public void malformedJson(int count) {
        addBreakage(count, SandboxBreakage.MALFORMED_JSON, null);
    }

    /** Closes the connection of the next {@code count} calls without sending any response. */
    public void dropConnections(int count) {
        addBreakage(count, SandboxBreakage.DROPPED_CONNECTION, null);
    }

    /** As {@link #dropConnections(int)}, counting only calls to {@code endpoint} (e.g. "live/update/stop"). */
    public void dropConnections(int count, String endpoint) {
        addBreakage(count, SandboxBreakage.DROPPED_CONNECTION, SandboxHttpHandler.normalizeEndpoint(endpoint));
    }

    /**
     * From now on only {@code newToken} signs a request, as after someone regenerates the API token on QuantConnect:
     * clients still signing with the old one get QuantConnect's 401 "Hash doesn't match". {@link #clear()} does not
     * undo a rotation.
     */
    public void rotateApiToken(String newToken) {
        if (newToken == null || newToken.isBlank()) {
            throw new IllegalArgumentException("newToken must be non-blank");
        }
        synchronized (lock) {
            rotatedToken = newToken;
        }
        log.info("Fault: API token rotated");
    }

    /** Removes the response delay, every pending HTTP failure and every pending broken answer. */
    public void clear() {
        synchronized (lock) {
            delay = Duration.ZERO;
            failures.clear();
            breakages.clear();
        }
        log.info("Fault: cleared");
    }

    Duration responseDelay() {
        synchronized (lock) {
            return delay;
        }
    }

    Optional<String> rotatedToken() {
        synchronized (lock) {
            return Optional.ofNullable(rotatedToken);
        }
    }

    /** Consumes one pending broken answer that applies to {@code endpoint}, in the order they were added. */
    Optional<SandboxBreakage> takeBreakage(String endpoint) {
        synchronized (lock) {
            Iterator<PendingBreakage> pending = breakages.iterator();
            while (pending.hasNext()) {
                PendingBreakage candidate = pending.next();
                if (candidate.endpoint() == null || candidate.endpoint().equals(endpoint)) {
                    pending.remove();
                    return Optional.of(candidate.breakage());
                }
            }
            return Optional.empty();
        }
    }

    private void addBreakage(int count, SandboxBreakage breakage, String endpoint) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                breakages.add(new PendingBreakage(breakage, endpoint));
            }
        }
        log.info("Fault: next {} call(s){} get {}", count, endpoint == null ? "" : " to " + endpoint, breakage);
    }

    /** Consumes one pending failure that applies to {@code endpoint}, in the order they were added. */
    Optional<HttpFailure> takeFailure(String endpoint) {
        synchronized (lock) {
            Iterator<PendingFailure> pending = failures.iterator();
            while (pending.hasNext()) {
                PendingFailure candidate = pending.next();
                if (candidate.endpoint == null || candidate.endpoint.equals(endpoint)) {
                    if (--candidate.remaining == 0) {
                        pending.remove();
                    }
                    return Optional.of(candidate.failure);
                }
            }
            return Optional.empty();
        }
    }

    private void addFailure(int count, HttpFailure failure, String endpoint) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        if (failure.status() < 400 || failure.status() > 599) {
            throw new IllegalArgumentException("httpStatus must be an HTTP error (400-599): " + failure.status());
        }
        synchronized (lock) {
            failures.add(new PendingFailure(failure, endpoint, count));
        }
        log.info("Fault: next {} call(s){} answer HTTP {}", count, endpoint == null ? "" : " to " + endpoint,
                failure.status());
    }
}
