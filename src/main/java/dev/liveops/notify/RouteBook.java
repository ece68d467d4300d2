package dev.liveops.notify;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.ProjectGlob;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.Subscription;
import dev.liveops.subscription.SubscriptionStore;
import dev.liveops.notify.Route.ChannelKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every route in force: the config's subscriptions and those made from chat. Chat subscriptions are read afresh each
 * time and carry their subscriber's current access, so a revoked role stops the flow at the next poll.
 */
public final class RouteBook {
    /** One object for every configured route, so that routes alike in all else share their matching work. */
    private static final Predicate<String> EVERY_PROJECT = name -> true;

    private final SubscriptionStore chatSubscriptions;
    private final List<ConfiguredSubscription> configured;
    private final AccessPolicy access;
    private final Map<Severity, List<Mention>> defaultMentions;

    public RouteBook(SubscriptionStore chatSubscriptions, List<ConfiguredSubscription> configured, AccessPolicy access,
                     Map<Severity, List<Mention>> defaultMentions) {
        this.chatSubscriptions = chatSubscriptions;
        this.configured = List.copyOf(configured);
        this.access = access;
        this.defaultMentions = Map.copyOf(defaultMentions);
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (ConfiguredSubscription subscription : configured) {
            Map<Severity, List<Mention>> mentions = new HashMap<>(defaultMentions);
            mentions.putAll(subscription.mentions());
            routes.add(new Route(subscription.channel(), subscription.statuses(),
                    new ProjectGlob(subscription.project()), EVERY_PROJECT, mentions, subscription.orders()));
        }
        // One visibility per subscriber: their several subscriptions can then share matching work, others' cannot.
        Map<Caller, Predicate<String>> visibleTo = new HashMap<>();
        for (Subscription subscription : chatSubscriptions.all()) {
            Predicate<String> visible = visibleTo.computeIfAbsent(subscription.subscriber(),
                    subscriber -> access.projectsVisible(subscriber, Permission.LIST));
            routes.add(new Route(new ChannelKey(subscription.platform(), subscription.channelId()),
                    subscription.statuses(), new ProjectGlob(subscription.project()), visible, defaultMentions,
                    subscription.orders()));
        }
        return routes;
    }

    /** Every channel that hears anything: told when QuantConnect cannot be reached. */
    public List<ChannelKey> channels() {
        return routes().stream().map(Route::channel).distinct().toList();
    }
}
