package dev.liveops.notify;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;

/**
 * Posts a reply into a channel of one chat platform, unprompted: how notifications leave LiveOps. Each chat adapter
 * provides one; the watcher knows nothing else about the platforms.
 */
public interface ChannelPoster {
    Platform platform();

    /**
     * Posts and waits until the platform answered, honouring its rate limits. Never throws: a failure is a result,
     * so one bad channel cannot stop the others.
     */
    PostResult post(String channelId, Reply reply);
}
