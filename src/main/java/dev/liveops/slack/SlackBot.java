package dev.liveops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.liveops.command.CommandGateway;
import dev.liveops.time.Pause;
import dev.liveops.config.LimitsConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.secret.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Slack adapter: {@code /live} served over Socket Mode or HTTP, and a {@link ChannelPoster} for
 * notifications. {@link #start} checks the tokens with Slack first, so a wrong one stops LiveOps at start-up with one
 * sentence instead of failing every command later.
 */
public final class SlackBot implements AutoCloseable {
    /** Bolt keeps a cached auth.test answer for good when its expiry is negative. */
    private static final long KEEP_AUTH_TEST = -1;
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Pattern SLACK_ERROR = Pattern.compile("error: ([a-z_]+)");

    private final Deque<AutoCloseable> resources;
    private final ChannelPoster poster;
    private final Optional<InetSocketAddress> httpAddress;
    private volatile boolean started = true;

    private SlackBot(Deque<AutoCloseable> resources, ChannelPoster poster, Optional<InetSocketAddress> httpAddress) {
        this.resources = resources;
        this.poster = poster;
        this.httpAddress = httpAddress;
    }

    /**
     * Connects to Slack and starts serving {@code /live}.
     *
     * @param settings     the app, and the Web API address it is reached at ({@code slack.apiUrl})
     * @param userGroupIds the Slack user groups the access config maps to roles ({@code access.slackUserGroups}
     *                     keys); membership of no other group is looked up
     * @throws SlackStartupException when a token is missing or refused, Slack is unreachable or the port is taken
     */
    public static SlackBot start(SlackSettings settings, CommandGateway gateway, Set<String> userGroupIds) {
        return start(settings, gateway, userGroupIds, NotificationObserver.NONE);
    }

    /** As above; {@code observer} hears each time Slack rate-limits a notification. */
    public static SlackBot start(SlackSettings settings, CommandGateway gateway, Set<String> userGroupIds,
                                 NotificationObserver observer) {
        return start(settings, gateway, userGroupIds, observer, LimitsConfig.DEFAULT);
    }

    /** As above; {@code limits} bounds the commands run at once and waiting. */
    public static SlackBot start(SlackSettings settings, CommandGateway gateway, Set<String> userGroupIds,
                                 NotificationObserver observer, LimitsConfig limits) {
        boolean http = settings.mode() == SlackSettings.Mode.HTTP;
        String botToken = required(settings.botToken(), "a bot token: set slack.botToken to the app's Bot User OAuth "
                + "Token (OAuth & Permissions)");
        String signingSecret = http ? required(settings.signingSecret().orElse(null), "a signing secret in HTTP "
                + "mode: set slack.signingSecret (Basic Information, App Credentials)") : null;
        String appToken = http ? null : required(settings.appToken().orElse(null), "an app-level token in Socket "
                + "Mode: set slack.appToken (Basic Information, App-Level Tokens, scope connections:write)");
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            SlackConfig config = new SlackConfig();
            // Socket Mode follows: its WebSocket URL comes from this API's apps.connections.open.
            config.setMethodsEndpointUrlPrefix(settings.apiUrl());
            Slack slack = Slack.getInstance(config);
            resources.push(slack);
            MethodsClient methods = slack.methods(botToken);
            AuthTestResponse identity = checkBotToken(methods);

            SlackCallers callers = new SlackCallers(methods, userGroupIds, Clock.systemUTC(), SlackCallers.DEFAULT_TTL);
            resources.push(callers);
            callers.warmUp();
            // Socket Mode needs no signing secret: the connection itself is authenticated by the app token.
            // Bolt takes the auth.test answer it got at start as already expired and keeps later ones 10 minutes, so
            // it asks Slack again inside the first request and the first one 10 minutes after, before their ack: on a
            // quiet bot a round trip to Slack in most acks. The token was checked above and does not change while
            // LiveOps runs (a new one means a restart), so the answer is kept.
            AppConfig app = AppConfig.builder().slack(slack).singleTeamBotToken(botToken).signingSecret(signingSecret)
                    .authTestCacheExpirationMillis(KEEP_AUTH_TEST).build();
            SlackBotApp bot = new SlackBotApp(app, gateway, callers, methods, limits);
            resources.push(bot);
            bot.app().start();

            Optional<InetSocketAddress> address = Optional.empty();
            if (http) {
                SlackHttpServer server = listen(bot, settings.http());
                resources.push(server);
                address = Optional.of(server.address());
                log.info("Slack: serving {} for team {} over HTTP on port {} at {}", SlackBotApp.COMMAND,
                        identity.getTeamId(), server.address().getPort(), settings.http().path());
            } else {
                SocketModeApp socketMode = connectSocketMode(appToken, bot);
                resources.push(socketMode::close);
                log.info("Slack: serving {} for team {} over Socket Mode", SlackBotApp.COMMAND, identity.getTeamId());
            }
            return new SlackBot(resources, new SlackChannelPoster(methods, new BlockKitRenderer(), Pause.sleeping(),
                    observer),
                    address);
        } catch (SlackStartupException failure) {
            closeAll(resources);
            throw failure;
        } catch (RuntimeException unexpected) {
            // e.g. Bolt's own auth.test failing if the token was revoked between our check and the App's.
            log.error("The Slack adapter failed to start", unexpected);
            closeAll(resources);
            throw new SlackStartupException("The Slack adapter could not start ("
                    + unexpected.getClass().getSimpleName() + "); see the log for details.", unexpected);
        }
    }

    /** Posts notifications into Slack channels with the bot token. */
    public ChannelPoster poster() {
        return poster;
    }

    /** Where the HTTP mode listens; empty in Socket Mode. */
    public Optional<InetSocketAddress> httpAddress() {
        return httpAddress;
    }

    /** True from a successful start until {@link #close()}. */
    public boolean started() {
        return started;
    }

    @Override
    public void close() {
        started = false;
        closeAll(resources);
    }

    private static AuthTestResponse checkBotToken(MethodsClient methods) {
        try {
            AuthTestResponse identity = methods.authTest(r -> r);
            if (identity.isOk()) {
                return identity;
            }
            throw new SlackStartupException("Slack refused the bot token in slack.botToken (" + identity.getError()
                    + "); use the app's current Bot User OAuth Token.");
        } catch (SlackApiException refused) {
            throw new SlackStartupException("Slack answered HTTP " + refused.getResponse().code()
                    + " when LiveOps checked the bot token; try again later.", refused);
        } catch (IOException unreachable) {
            throw new SlackStartupException("Slack could not be reached to check the bot token ("
                    + unreachable.getClass().getSimpleName() + "); check the network and try again.", unreachable);
        }
    }

    private static SlackHttpServer listen(SlackBotApp bot, SlackSettings.Http http) {
        try {
            return SlackHttpServer.start(bot.app(), http.port(), http.path(), bot.afterAck());
        } catch (IOException taken) {
            throw new SlackStartupException("LiveOps could not listen for Slack on port " + http.port() + " ("
                    + taken.getMessage() + "); free the port or change slack.http.port.", taken);
        }
    }

    /** The WebSocket URL comes from apps.connections.open, which is where a wrong app token shows. */
    private static SocketModeApp connectSocketMode(String appToken, SlackBotApp bot) {
        SocketModeApp socketMode = null;
        try {
            socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.Tyrus, bot.app());
            socketMode.startAsync();
            return socketMode;
        } catch (Exception failure) {
            if (socketMode != null) {
                closeQuietly(socketMode::close);
            }
            Matcher error = SLACK_ERROR.matcher(String.valueOf(failure.getMessage()));
            String reason = error.find() ? error.group(1) : failure.getClass().getSimpleName();
            throw new SlackStartupException("Slack would not open a Socket Mode connection with slack.appToken ("
                    + reason + "); use an app-level token with the connections:write scope and enable Socket Mode.",
                    failure);
        }
    }

    private static String required(Secret secret, String what) {
        if (secret == null || secret.isBlank()) {
            throw new SlackStartupException("Slack needs " + what + ".");
        }
        return secret.reveal();
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            closeQuietly(resources.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception failure) {
            log.warn("Stopping part of the Slack adapter failed: {}", failure.getClass().getSimpleName());
        }
    }
}
