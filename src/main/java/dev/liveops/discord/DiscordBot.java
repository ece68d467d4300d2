package dev.liveops.discord;

import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandSlots;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.config.DiscordConfig;
import dev.liveops.config.LimitsConfig;
import dev.liveops.notify.ChannelPoster;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord adapter: a JDA connection answering {@code /live}, its buttons and autocomplete through the
 * core, plus the {@link ChannelPoster} notifications use. Start it with {@link #start}; close it to stop.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /**
     * How long start-up waits for the gateway to say READY with every server loaded; longer than JDA's own wait for
     * an unavailable server, so an outage of one server does not fail start-up.
     */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final int SUGGESTION_THREADS = 2;

    private final JDA jda;
    private final CommandSlots commands;
    private final ExecutorService suggestions;
    private final DiscordChannelPoster poster;

    private DiscordBot(JDA jda, CommandSlots commands, ExecutorService suggestions, DiscordChannelPoster poster) {
        this.jda = jda;
        this.commands = commands;
        this.suggestions = suggestions;
        this.poster = poster;
    }

    /**
     * Connects, waits until Discord is ready and registers {@code /live}.
     *
     * @throws DiscordStartException with one sentence (never the token) when the token is missing or refused,
     *                               Discord cannot be reached, or /live could be registered nowhere
     */
    public static DiscordBot start(DiscordConfig config, CommandGateway gateway) {
        return start(config, gateway, LimitsConfig.DEFAULT);
    }

    /**
     * As above; commands are deferred on arrival and run off JDA's threads, as many at once and waiting as
     * {@code limits} allows.
     */
    public static DiscordBot start(DiscordConfig config, CommandGateway gateway, LimitsConfig limits) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(gateway, "gateway");
        if (config.token().isBlank()) {
            throw new DiscordStartException("The Discord bot token (discord.token) is empty; set it to the token "
                    + "on the Bot page of your application in the Discord developer portal.");
        }
        CommandSlots commands = new CommandSlots("liveops-discord-command", limits.maxConcurrentCommands(),
                limits.maxQueuedCommands(), CLOSE_TIMEOUT);
        ExecutorService suggestions = Executors.newFixedThreadPool(SUGGESTION_THREADS,
                threads("liveops-discord-suggest"));
        DiscordRenderer renderer = new DiscordRenderer();
        OnceOnlyCommands onceOnly = new OnceOnlyCommands(gateway, commands, Platform.DISCORD);
        InteractionRouter router = new InteractionRouter(config.allowDirectMessages(),
                new SlashCommandHandler(gateway, renderer, onceOnly, config.ephemeralReads()),
                new ButtonPressHandler(gateway, renderer, onceOnly),
                new AutocompleteHandler(gateway, suggestions, AutocompleteHandler.DEADLINE));
        ReadyLatch ready = new ReadyLatch();
        JDA jda = null;
        try {
            jda = builder(config).addEventListeners(ready, router).build();
            ready.await(jda);
            jda.removeEventListener(ready);
            CommandRegistrar.register(jda, config.guildIds(), DiscordCommands.definition(config.allowDirectMessages()));
            log.info("Discord bot {} is ready", jda.getSelfUser().getName());
            return new DiscordBot(jda, commands, suggestions, new DiscordChannelPoster(jda, renderer));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stop(jda, commands, suggestions);
            throw new DiscordStartException("Interrupted while connecting to Discord.");
        } catch (RuntimeException failed) {
            stop(jda, commands, suggestions);
            throw startFailure(failed);
        }
    }

    private static DiscordStartException startFailure(RuntimeException failed) {
        if (failed instanceof DiscordStartException sentence) {
            return sentence;
        }
        if (failed instanceof InvalidTokenException) {
            return new DiscordStartException("Discord refused the bot token (discord.token); copy the token from the "
                    + "Bot page of your application in the Discord developer portal.");
        }
        // JDA's messages never hold the token: it is revealed to JDA alone, in builder().
        return new DiscordStartException("Could not connect to Discord: " + (failed.getMessage() == null
                ? failed.getClass().getSimpleName() : failed.getMessage()) + ".");
    }

    /** Whether the gateway session is up: JDA's status is CONNECTED. */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** JDA's status, e.g. CONNECTED or WAITING_TO_RECONNECT: a fixed word, fit for a readiness probe. */
    public String connectionStatus() {
        return jda.getStatus().name();
    }

    /** Posts replies into Discord channels: what notifications use. */
    public ChannelPoster poster() {
        return poster;
    }

    /** Lets running commands finish (up to 10 s), then disconnects. */
    @Override
    public void close() {
        stop(jda, commands, suggestions);
    }

    /** Discord as configured: its REST base and gateway are Discord's own unless the config names others. */
    private static JDABuilder builder(DiscordConfig config) {
        // Slash commands need no gateway intent; JDA always keeps GUILDS, which brings the roles of every server.
        // Uncompressed JSON: with no intents the gateway carries little, and every Discord-compatible gateway
        // speaks it, where zlib-stream is optional.
        return JDABuilder.createLight(config.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                .setHttpClientBuilder(DiscordRestClient.builder())
                .setCompression(Compression.NONE)
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return config.gatewayUrl();
                    }
                });
    }

    private static void stop(JDA jda, CommandSlots commands, ExecutorService suggestions) {
        suggestions.shutdownNow();
        commands.close();
        try {
            if (jda != null) {
                jda.shutdown();
                if (!jda.awaitShutdown(CLOSE_TIMEOUT)) {
                    jda.shutdownNow();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            if (jda != null) {
                jda.shutdownNow();
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, failure) -> log.error("Unexpected failure in {}", t.getName(),
                    failure));
            return thread;
        };
    }

    /**
     * READY with every server loaded, or the reason the gateway gave up (a refused token closes it with 4004);
     * unlike JDA's awaitReady it cannot wait forever on an unreachable Discord.
     */
    private static final class ReadyLatch extends ListenerAdapter {
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicReference<ShutdownEvent> shutdown = new AtomicReference<>();

        @Override
        public void onReady(ReadyEvent event) {
            done.countDown();
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            shutdown.set(event);
            done.countDown();
        }

        void await(JDA jda) throws InterruptedException {
            if (!done.await(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DiscordStartException("Discord's gateway did not become ready within "
                        + READY_TIMEOUT.toSeconds() + " s; check the network connection to discord.com.");
            }
            ShutdownEvent closed = shutdown.get();
            if (closed != null) {
                if (closed.getCloseCode() == CloseCode.AUTHENTICATION_FAILED) {
                    throw new InvalidTokenException();
                }
                throw new DiscordStartException("Discord closed the gateway connection (" + (closed.getCloseCode()
                        == null ? "code " + closed.getCode() : closed.getCloseCode().getMeaning()) + ").");
            }
        }
    }
}
