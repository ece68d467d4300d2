package dev.liveops.console;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.PostResult;
import java.io.PrintStream;

/** Notifications for console channels, printed between commands: how the offline demo shows the watcher at work. */
public final class ConsolePoster implements ChannelPoster {
    private final PrintStream out;
    private final TextRenderer renderer = new TextRenderer();

    public ConsolePoster(PrintStream out) {
        this.out = out;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public PostResult post(String channelId, Reply reply) {
        out.println(System.lineSeparator() + "[notification] " + renderer.render(reply));
        out.flush();
        return new PostResult.Posted("console");
    }
}
