package dev.liveops.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who pressed or typed: the Slack user id, and the user groups they belong to among those the access config maps
 * to roles. usergroups.users.list is rate limited (Tier 2, about 20 calls a minute), so membership is cached for
 * minutes and refreshed in the background once stale; only the very first command waits for it, after its ack.
 * A group Slack will not list keeps its last known members; until it was listed once it has none (deny by default).
 */
public final class SlackCallers implements AutoCloseable {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    /** After a failed listing, how soon to try again. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SlackCallers.class);

    private final MethodsClient slack;
    private final Set<String> groupIds;
    private final Clock clock;
    private final Duration ttl;
    private final Executor refresher;
    private final ExecutorService ownRefresher;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Object firstLoad = new Object();
    private volatile Membership membership;

    /**
     * @param slack    a client holding the bot token (scope usergroups:read)
     * @param groupIds the Slack user-group ids the access config maps to roles: no other group matters
     */
    public SlackCallers(MethodsClient slack, Set<String> groupIds, Clock clock, Duration ttl) {
        this(slack, groupIds, clock, ttl, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slack-usergroups");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Tests refresh on their own thread, so they can see a refresh finish without waiting. */
    SlackCallers(MethodsClient slack, Set<String> groupIds, Clock clock, Duration ttl, Executor refresher) {
        this.slack = slack;
        this.groupIds = Set.copyOf(groupIds);
        this.clock = clock;
        this.ttl = ttl;
        this.refresher = refresher;
        this.ownRefresher = refresher instanceof ExecutorService own ? own : null;
    }

    /** Starts loading membership now, so that the first command does not wait for it. */
    public void warmUp() {
        if (!groupIds.isEmpty()) {
            refresher.execute(this::current);
        }
    }

    public Caller caller(String userId, String displayName, String channelId) {
        return new Caller(Platform.SLACK, userId, displayName, groupsOf(userId), channelId);
    }

    Set<String> groupsOf(String userId) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        Membership known = current();
        if (!clock.instant().isBefore(known.freshUntil())) {
            refreshInBackground();
        }
        return known.groupsOf(userId);
    }

    private Membership current() {
        Membership known = membership;
        if (known != null) {
            return known;
        }
        synchronized (firstLoad) {
            if (membership == null) {
                membership = fetch(Membership.NONE);
            }
            return membership;
        }
    }

    private void refreshInBackground() {
        if (refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(() -> {
                    try {
                        membership = fetch(membership);
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (RejectedExecutionException closed) {
                refreshing.set(false);
            }
        }
    }

    private Membership fetch(Membership previous) {
        Map<String, Set<String>> members = new HashMap<>();
        Instant now = clock.instant();
        Instant freshUntil = now.plus(ttl);
        for (String group : groupIds) {
            Duration retryIn = RETRY_AFTER_FAILURE;
            try {
                UsergroupsUsersListResponse response = slack.usergroupsUsersList(r -> r.usergroup(group));
                if (response.isOk()) {
                    members.put(group, Set.copyOf(response.getUsers()));
                    continue;
                }
                log.warn("Slack would not list the members of user group {}: {}{}", group, response.getError(),
                        "missing_scope".equals(response.getError()) ? " (the app needs usergroups:read)" : "");
            } catch (SlackApiException refused) {
                if (refused.getResponse().code() == 429) {
                    retryIn = longer(RETRY_AFTER_FAILURE, refused.getResponse().header("Retry-After"));
                }
                log.warn("Slack answered HTTP {} listing user group {}", refused.getResponse().code(), group);
            } catch (IOException | RuntimeException unreachable) {
                log.warn("Could not list Slack user group {}: {}", group, unreachable.getClass().getSimpleName());
            }
            members.put(group, previous.members().getOrDefault(group, Set.of()));
            freshUntil = earliest(freshUntil, now.plus(retryIn));
        }
        return new Membership(Map.copyOf(members), freshUntil);
    }

    /** The longer of a wait and a Retry-After header in seconds (unreadable counts as nothing). */
    private static Duration longer(Duration wait, String retryAfter) {
        if (retryAfter == null || !retryAfter.trim().matches("\\d{1,6}")) {
            return wait;
        }
        Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        return asked.compareTo(wait) > 0 ? asked : wait;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public void close() {
        if (ownRefresher != null) {
            ownRefresher.shutdownNow();
        }
    }

    /** Members of each mapped group, and until when that is trusted without asking Slack again. */
    private record Membership(Map<String, Set<String>> members, Instant freshUntil) {
        static final Membership NONE = new Membership(Map.of(), Instant.MIN);

        Set<String> groupsOf(String userId) {
            Set<String> groups = new LinkedHashSet<>();
            members.forEach((group, users) -> {
                if (users.contains(userId)) {
                    groups.add(group);
                }
            });
            return groups;
        }
    }
}
