package dev.liveops.notify;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A chat platform that keeps what was posted, per channel, and can be told to refuse a channel. */
final class RecordingPoster implements ChannelPoster {
    private final Platform platform;
    private final Map<String, List<Reply>> posted = new HashMap<>();
    private final Map<String, PostResult> failures = new HashMap<>();

    RecordingPoster(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public synchronized PostResult post(String channelId, Reply reply) {
        PostResult failure = failures.get(channelId);
        if (failure != null) {
            return failure;
        }
        posted.computeIfAbsent(channelId, id -> new ArrayList<>()).add(reply);
        return new PostResult.Posted(channelId + "-" + posted.get(channelId).size());
    }

    synchronized List<Reply> in(String channelId) {
        return List.copyOf(posted.getOrDefault(channelId, List.of()));
    }

    synchronized int total() {
        return posted.values().stream().mapToInt(List::size).sum();
    }

    synchronized void fail(String channelId, PostResult result) {
        failures.put(channelId, result);
    }

    synchronized void heal(String channelId) {
        failures.remove(channelId);
    }
}
