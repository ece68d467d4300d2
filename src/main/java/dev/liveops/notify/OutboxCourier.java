package dev.liveops.notify;

import dev.liveops.access.Platform;
import dev.liveops.command.LogContext;
import dev.liveops.notify.Route.ChannelKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: each message is marked once its platform took it, so a crash before the mark sends it again
 * and nothing is lost. A channel that fails waits for its retry without holding up the others; within a channel,
 * messages keep their order.
 */
public final class OutboxCourier {
    private static final Logger log = LoggerFactory.getLogger(OutboxCourier.class);
    private static final int BATCH = 200;
    /** A burst to one channel goes out within one step, up to this many messages deep. */
    private static final int MAX_ROUNDS = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration MAX_RETRY = Duration.ofMinutes(10);
    /** A refusal (channel gone, no permission) only ends when someone fixes it: try again now and then. */
    private static final Duration REFUSED_RETRY = Duration.ofMinutes(10);
    /** Older news is no news: after a day a message is given up and logged. */
    private static final Duration MAX_AGE = Duration.ofHours(24);

    private final NotificationStore store;
    private final Clock clock;
    private final NotificationObserver observer;
    private final Map<Platform, ChannelPoster> posters = new ConcurrentHashMap<>();

    public OutboxCourier(NotificationStore store, NotificationObserver observer, Clock clock) {
        this.store = store;
        this.observer = observer;
        this.clock = clock;
    }

    /** Adds a platform; its queued messages go out from the next delivery on. */
    public void addPoster(ChannelPoster poster) {
        posters.put(poster.platform(), poster);
    }

    /**
     * Delivers what is due: each channel's messages in order, as many rounds as make progress. A platform whose post
     * failed is left alone until the next step, since its other channels would most likely wait the same way.
     */
    public void deliverDue() {
        Set<Platform> failing = EnumSet.noneOf(Platform.class);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = clock.instant();
            boolean delivered = false;
            for (QueuedMessage queued : store.dueMessages(now, BATCH)) {
                if (!failing.contains(queued.message().channel().platform())) {
                    delivered |= deliver(queued, now, failing);
                }
            }
            if (!delivered) {
                return;
            }
        }
    }

    /** True when the platform took the message. */
    private boolean deliver(QueuedMessage queued, Instant now, Set<Platform> failing) {
        ChannelKey channel = queued.message().channel();
        try (LogContext context = LogContext.open("outbox-" + queued.id())) {
            LogContext.add(LogContext.Key.PLATFORM, channel.platform().name().toLowerCase(Locale.ROOT));
            return deliver(queued, channel, now, failing);
        }
    }

    private boolean deliver(QueuedMessage queued, ChannelKey channel, Instant now, Set<Platform> failing) {
        if (now.isAfter(queued.queuedAt().plus(MAX_AGE))) {
            log.error("Giving up a notification for {} channel {} queued at {} after {} attempts",
                    channel.platform(), channel.channelId(), queued.queuedAt(), queued.attempts());
            store.markAbandoned(queued.id(), now, "undelivered for " + MAX_AGE.toHours() + " hours");
            observer.delivery(channel.platform(), NotificationObserver.Delivery.ABANDONED);
            return false;
        }
        PostResult result = post(channel, queued);
        if (result instanceof PostResult.Posted) {
            store.markSent(queued.id(), now);
            observer.delivery(channel.platform(), NotificationObserver.Delivery.SENT);
            return true;
        }
        if (result instanceof PostResult.Refused refused) {
            log.warn("{} channel {} refused a notification: {}; retrying in {} min", channel.platform(),
                    channel.channelId(), refused.reason(), REFUSED_RETRY.toMinutes());
            store.markFailed(queued.id(), now.plus(REFUSED_RETRY), refused.reason());
            observer.delivery(channel.platform(), NotificationObserver.Delivery.REFUSED);
            return false;
        }
        Duration wait = backoff(queued.attempts());
        String reason = ((PostResult.Failed) result).reason();
        log.warn("Posting to {} channel {} failed: {}; retrying in {} s", channel.platform(), channel.channelId(),
                reason, wait.toSeconds());
        store.markFailed(queued.id(), now.plus(wait), reason);
        observer.delivery(channel.platform(), NotificationObserver.Delivery.FAILED);
        failing.add(channel.platform());
        return false;
    }

    private PostResult post(ChannelKey channel, QueuedMessage queued) {
        ChannelPoster poster = posters.get(channel.platform());
        if (poster == null) {
            return new PostResult.Refused("LiveOps is not connected to " + channel.platform() + " in this process");
        }
        try {
            return poster.post(channel.channelId(), queued.message().reply());
        } catch (RuntimeException bug) {
            log.error("The {} poster failed on message {}", channel.platform(), queued.id(), bug);
            return new PostResult.Failed("internal error");
        }
    }

    private static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 10));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
