package dev.liveops.testing;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import dev.liveops.quantconnect.CallObserver;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectCredentials;
import dev.liveops.quantconnect.RetrySettings;
import dev.liveops.quantconnect.Timeouts;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.secret.Secret;
import dev.liveops.time.Pause;
import java.time.Duration;

/**
 * A real client of the sandbox on the test clock, with fast retries, and a spy on its live API so tests can count
 * the calls that trade (stop, liquidate, create) and the polls.
 */
public record SpiedClient(QuantConnectClient client, LiveApi live) {

    /** A client of {@code sandbox} presenting {@code apiToken} (the sandbox's own, unless a test wants a refusal). */
    public static SpiedClient of(QuantConnectSandbox sandbox, String apiToken, ManualClock clock) {
        return of(sandbox.baseUrl(), sandbox.userId(), apiToken, clock);
    }

    /** A client of any QuantConnect-compatible server, such as a MockWebServer answering raw JSON. */
    public static SpiedClient of(String baseUrl, String userId, String apiToken, ManualClock clock) {
        return of(baseUrl, userId, apiToken, clock, CallObserver.NONE);
    }

    /** As above, with an observer told of every request. */
    public static SpiedClient of(String baseUrl, String userId, String apiToken, ManualClock clock,
                                 CallObserver observer) {
        return of(baseUrl, userId, apiToken, clock, observer, Timeouts.defaults());
    }

    /** As above, giving up on QuantConnect after {@code timeouts}. */
    public static SpiedClient of(String baseUrl, String userId, String apiToken, ManualClock clock,
                                 CallObserver observer, Timeouts timeouts) {
        return of(baseUrl, userId, apiToken, clock, observer, timeouts, clock::advance);
    }

    /** As above, waiting between polls (a chart that is loading) with {@code pause}: by default, moving the clock. */
    public static SpiedClient of(String baseUrl, String userId, String apiToken, ManualClock clock,
                                 CallObserver observer, Timeouts timeouts, Pause pause) {
        QuantConnectClient real = real(baseUrl, userId, apiToken, clock, observer, timeouts, pause);
        QuantConnectClient client = spy(real);
        LiveApi live = spy(real.live());
        doReturn(live).when(client).live();
        return new SpiedClient(client, live);
    }

    /**
     * The same client without the spies, for benchmarks: a spy records every call (with its stack) and costs tens of
     * microseconds per call that production does not pay.
     */
    public static SpiedClient unspied(String baseUrl, String userId, String apiToken, ManualClock clock,
                                      CallObserver observer, Timeouts timeouts, Pause pause) {
        QuantConnectClient real = real(baseUrl, userId, apiToken, clock, observer, timeouts, pause);
        return new SpiedClient(real, real.live());
    }

    private static QuantConnectClient real(String baseUrl, String userId, String apiToken, ManualClock clock,
                                           CallObserver observer, Timeouts timeouts, Pause pause) {
        return QuantConnectClient.builder()
                .pause(pause)
                .timeouts(timeouts)
                .observer(observer)
                .baseUrl(baseUrl)
                .credentials(new QuantConnectCredentials(userId, Secret.of(apiToken)))
                .clock(clock)
                .retries(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(2)))
                .build();
    }
}
