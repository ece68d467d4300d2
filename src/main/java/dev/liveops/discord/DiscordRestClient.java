package dev.liveops.discord;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The HTTP client JDA sends LiveOps' REST calls with. JDA's own default, but for the
 * {@link DiscordDeferStage.Stage#CALLBACK_SENT} mark on interaction callbacks.
 */
final class DiscordRestClient {
    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/[^/]+/callback$");

    private DiscordRestClient() {
    }

    static OkHttpClient.Builder builder() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
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
