package dev.liveops.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The HTTP client JDA sends LiveOps' REST calls with, sized for a burst of commands. JDA gives every interaction's
 * callback a rate-limit bucket of its own and runs the calls on an unbounded (cached) pool, so 50 deferrals go out at
 * once, each on a connection; JDA's own client keeps only 5 idle connections, so after a burst the rest were closed
 * and the next burst opened (over HTTP/1.1: connected and TLS-handshaken) them again. This keeps up to
 * {@value #IDLE_CONNECTIONS} for {@link #KEEP_ALIVE}. It also marks {@link DiscordDeferStage.Stage#CALLBACK_SENT}.
 */
final class DiscordRestClient {
    static final int IDLE_CONNECTIONS = 64;
    private static final Duration KEEP_ALIVE = Duration.ofMinutes(5);
    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/[^/]+/callback$");

    private DiscordRestClient() {
    }

    static OkHttpClient.Builder builder() {
        Dispatcher dispatcher = new Dispatcher(); // JDA's requests are synchronous: the dispatcher limits none of them
        dispatcher.setMaxRequestsPerHost(IDLE_CONNECTIONS);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS))
                .addNetworkInterceptor(DiscordRestClient::markCallback);
    }

    private static okhttp3.Response markCallback(Interceptor.Chain chain) throws java.io.IOException {
        Matcher callback = CALLBACK.matcher(chain.request().url().encodedPath());
        if (callback.find()) {
            DiscordDeferStage.mark(DiscordDeferStage.Stage.CALLBACK_SENT, callback.group(1));
        }
        return chain.proceed(chain.request());
    }
}
