package dev.liveops.notify;

import dev.liveops.reply.Reply.Mention;
import dev.liveops.notify.Route.ChannelKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The changes of one cycle that go to one channel, and who to mention there. */
public record ChannelBatch(ChannelKey channel, List<StatusChange> changes, Set<Mention> mentions) {
    public ChannelBatch {
        Objects.requireNonNull(channel, "channel");
        changes = List.copyOf(changes);
        mentions = Set.copyOf(mentions);
    }
}
