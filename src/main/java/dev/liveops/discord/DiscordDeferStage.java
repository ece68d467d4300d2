package dev.liveops.discord;

import java.lang.management.ManagementFactory;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A point on the path of one Discord deferral, as a Java Flight Recorder event: free unless a recording enables
 * {@value #NAME}, so the benchmark (and anyone profiling production with JFR) can see where a deferral's time goes.
 * {@code interaction} is the interaction's id (never its token).
 */
@Name(DiscordDeferStage.NAME)
@Label("Discord deferral stage")
@Category({"LiveOps", "Discord"})
@Description("One stage of a Discord deferral")
@StackTrace(false)
public final class DiscordDeferStage extends Event {
    public static final String NAME = "dev.liveops.DiscordDeferStage";

    /**
     * In the order a deferral passes them; DELIVERY_RECORDED comes after the deferral, when the command's slot has
     * recorded the interaction as new and starts it.
     */
    public enum Stage { HANDLER_ENTERED, DEFER_QUEUED, CALLBACK_SENT, DELIVERY_RECORDED }

    @Label("Stage")
    String stage;
    /** The CPU time of the marking thread so far: between two stages on one thread, wall time minus this is waiting. */
    @Label("Thread CPU time")
    @Timespan(Timespan.NANOSECONDS)
    long threadCpu;
    @Label("Interaction")
    String interaction;

    static void mark(Stage stage, String interaction) {
        DiscordDeferStage event = new DiscordDeferStage();
        if (event.shouldCommit()) {
            event.stage = stage.name();
            event.threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            event.interaction = interaction;
            event.commit();
        }
    }
}
