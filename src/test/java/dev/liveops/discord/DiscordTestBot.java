package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.ADMIN_ROLE;
import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.GUILD;
import static dev.liveops.discord.DiscordTestServer.TRADER_ROLE;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;

import dev.liveops.command.CommandGateway;
import dev.liveops.testing.TestCore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A bot started on the fake Discord over a test core: {@link DiscordTestServer}'s guild with its trader, viewer and
 * admin roles, the bot's command registration already taken. Closing it closes the bot, the fake Discord and the
 * core, each even when another fails to close; a failed start closes what it had opened.
 */
final class DiscordTestBot implements AutoCloseable {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final TestCore core;
    private final FakeDiscord fake;
    private final Interactions interactions;
    private final DiscordBot bot;

    /** The bot with nothing changed. */
    static DiscordTestBot start() {
        return builder().start();
    }

    static Builder builder() {
        return new Builder();
    }

    private DiscordTestBot(Builder options) {
        try {
            core = opened(DiscordTestServer.core().build());
            fake = opened(new FakeDiscord().guild(GUILD, List.of(TRADER_ROLE, VIEWER_ROLE, ADMIN_ROLE),
                    options.channels).start());
            interactions = new Interactions(fake);
            bot = opened(DiscordTestServer.startedBot(fake, options.gateway.apply(core.gateway())));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            IllegalStateException failure = new IllegalStateException(
                    "The Discord test bot was interrupted while it started.", interrupted);
            closeOpened(failure);
            throw failure;
        } catch (RuntimeException | Error failure) {
            closeOpened(failure);
            throw failure;
        }
    }

    TestCore core() {
        return core;
    }

    FakeDiscord fake() {
        return fake;
    }

    Interactions interactions() {
        return interactions;
    }

    DiscordBot bot() {
        return bot;
    }

    @Override
    public void close() {
        RuntimeException failure = new IllegalStateException(
                "Part of the Discord test bot failed to close; each failure is attached as suppressed.");
        closeOpened(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private <T extends AutoCloseable> T opened(T resource) {
        opened.push(resource);
        return resource;
    }

    /** Closes the last opened first; what fails to close is added to {@code failure}. */
    private void closeOpened(Throwable failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception | Error closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    /** What a test class may change; anything else is the same for every Discord test. */
    static final class Builder {
        private final List<String> channels = new ArrayList<>(List.of(CHANNEL));
        private UnaryOperator<CommandGateway> gateway = UnaryOperator.identity();

        private Builder() {
        }

        /** The bot talks to this gateway, made from the core's (a spy, say) instead of to the core's own. */
        Builder gateway(UnaryOperator<CommandGateway> fromCoreGateway) {
            this.gateway = fromCoreGateway;
            return this;
        }

        /** Text channels of the guild besides {@link DiscordTestServer#CHANNEL}. */
        Builder channels(String... more) {
            channels.addAll(List.of(more));
            return this;
        }

        DiscordTestBot start() {
            return new DiscordTestBot(this);
        }
    }
}
