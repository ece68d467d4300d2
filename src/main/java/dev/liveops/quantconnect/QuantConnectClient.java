package dev.liveops.quantconnect;

import dev.liveops.time.Pause;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The typed QuantConnect REST v2 client: {@link #projects()}, {@link #compiles()} and {@link #live()}, all signed,
 * envelope-checked and retried (reads only) by one transport. Thread-safe; share one instance.
 */
public final class QuantConnectClient implements AutoCloseable {
    public static final String DEFAULT_BASE_URL = "https://www.quantconnect.com/api/v2";

    private final OkHttpClient http;
    private final ApiTransport transport;
    private final ProjectsApi projects;
    private final CompileApi compiles;
    private final LiveApi live;
    private final AlgorithmApi algorithms;

    private QuantConnectClient(Builder builder) {
        Timeouts timeouts = builder.timeouts;
        OkHttpClient.Builder client = new OkHttpClient.Builder();
        if (!builder.baseUrl.isHttps()) {
            // A plain-http QuantConnect (the sandbox, the offline demo) needs no TLS: without a TLS spec OkHttp skips
            // loading the JDK's trust store, a tenth of the demo's start-up CPU.
            client.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = client
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .addInterceptor(new SigningInterceptor(new RequestSigner(builder.credentials, builder.clock)))
                .build();
        this.transport = new ApiTransport(builder.baseUrl, http, QuantConnectJson.mapper(), builder.retries,
                builder.observer);
        this.projects = new ProjectsApi(transport, builder.organizationId);
        this.compiles = new CompileApi(transport);
        this.live = new LiveApi(transport, new EquityChartReader(transport, builder.clock, builder.pause,
                builder.chartPolling));
        this.algorithms = new AlgorithmApi(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the credentials; throws {@link QuantConnectAuthException} when QuantConnect refuses them. */
    public void authenticate() {
        transport.call(Endpoint.AUTHENTICATE, Map.of());
    }

    public ProjectsApi projects() {
        return projects;
    }

    public CompileApi compiles() {
        return compiles;
    }

    public LiveApi live() {
        return live;
    }

    /** Commands into running algorithms and the insights they emit. */
    public AlgorithmApi algorithms() {
        return algorithms;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    public static final class Builder {
        private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
        private QuantConnectCredentials credentials;
        private Clock clock = Clock.systemUTC();
        private Timeouts timeouts = Timeouts.defaults();
        private RetrySettings retries = RetrySettings.defaults();
        private Optional<String> organizationId = Optional.empty();
        private CallObserver observer = CallObserver.NONE;
        private ChartPolling chartPolling = ChartPolling.defaults();
        private Pause pause = Pause.sleeping();

        private Builder() {
        }

        /** How long a chart read waits while QuantConnect prepares the chart; {@link ChartPolling#defaults()}. */
        public Builder chartPolling(ChartPolling chartPolling) {
            this.chartPolling = Objects.requireNonNull(chartPolling, "chartPolling");
            return this;
        }

        /** How the client waits between polls; sleeping by default, a test moves its clock instead. */
        public Builder pause(Pause pause) {
            this.pause = Objects.requireNonNull(pause, "pause");
            return this;
        }

        /** Told of every request sent; none by default. */
        public Builder observer(CallObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** E.g. {@code https://www.quantconnect.com/api/v2}, or a sandbox's {@code http://127.0.0.1:8089/api/v2}. */
        public Builder baseUrl(String url) {
            HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (parsed == null) {
                throw new IllegalArgumentException("Not an http(s) URL: " + url);
            }
            this.baseUrl = parsed;
            return this;
        }

        public Builder credentials(QuantConnectCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** The clock that stamps request signatures. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        public Builder retries(RetrySettings retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** The organization whose projects to read; empty (the default) for the user's default organization. */
        public Builder organizationId(Optional<String> organizationId) {
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
            return this;
        }

        public QuantConnectClient build() {
            Objects.requireNonNull(credentials, "credentials are required");
            return new QuantConnectClient(this);
        }
    }
}
