package dev.liveops.subscription;

import dev.liveops.access.Platform;
import java.util.List;
import java.util.Optional;

/** Subscriptions made from chat, one per channel. */
public interface SubscriptionStore {
    /** Creates or replaces the channel's subscription. */
    void save(Subscription subscription);

    /** True when there was one to remove. */
    boolean remove(Platform platform, String channelId);

    Optional<Subscription> find(Platform platform, String channelId);

    List<Subscription> all();
}
