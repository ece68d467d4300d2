package dev.liveops.notify;

import dev.liveops.reply.Reply;
import dev.liveops.notify.Route.ChannelKey;
import java.util.Objects;

/** A notification on its way to a channel. */
public record OutboundMessage(ChannelKey channel, Reply reply) {
    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reply, "reply");
    }
}
