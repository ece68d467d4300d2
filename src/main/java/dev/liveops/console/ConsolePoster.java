package dev.liveops.console;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.PostResult;
import java.io.PrintStream;
import java.nio.file.Path;

/** Notifications for console channels, printed between commands: how the offline demo shows the watcher at work. */
public final class ConsolePoster implements ChannelPoster {
    private final PrintStream out;
    private final TextRenderer renderer = new TextRenderer();
    private final ChartFiles charts;

    public ConsolePoster(PrintStream out) {
        this(out, new ChartFiles(Path.of("data", "charts")));
    }

    /** @param charts where the pictures of notifications (a digest's chart) are saved */
    public ConsolePoster(PrintStream out, ChartFiles charts) {
        this.out = out;
        this.charts = charts;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public PostResult post(String channelId, Reply reply) {
        out.println(System.lineSeparator() + "[notification] " + renderer.render(charts.saved(reply)));
        out.flush();
        return new PostResult.Posted("console");
    }
}
