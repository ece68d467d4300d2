package dev.liveops.slack;

import java.lang.management.ManagementFactory;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A point on the path of one Slack acknowledgement, as a Java Flight Recorder event: free unless a recording enables
 * {@value #NAME}, so the benchmark (and anyone profiling production with JFR) can see where an ack's time goes.
 * RECEIVED, VERIFIED, HANDED (the command is in a slot), ACK_BUILT (Bolt's response is made) and ACK_WRITTEN of one
 * request follow each other on one HTTP thread; {@code delivery} (the
 * trigger id) is known only from {@link Stage#VERIFIED} on.
 */
@Name(SlackAckStage.NAME)
@Label("Slack ack stage")
@Category({"LiveOps", "Slack"})
@Description("One stage of a Slack acknowledgement in HTTP mode")
@StackTrace(false)
public final class SlackAckStage extends Event {
    public static final String NAME = "dev.liveops.SlackAckStage";

    /**
     * In the order an acknowledgement passes them; DELIVERY_RECORDED comes after the ack, when the command's slot has
     * recorded the trigger id as new and starts the command (on the slot's thread, not the HTTP thread).
     */
    public enum Stage { RECEIVED, VERIFIED, HANDED, ACK_BUILT, ACK_WRITTEN, DELIVERY_RECORDED }

    @Label("Stage")
    String stage;
    /** The CPU time of the marking thread so far: between two stages on one thread, wall time minus this is waiting. */
    @Label("Thread CPU time")
    @Timespan(Timespan.NANOSECONDS)
    long threadCpu;
    @Label("Delivery")
    String delivery;

    static void mark(Stage stage, String delivery) {
        SlackAckStage event = new SlackAckStage();
        if (event.shouldCommit()) {
            event.stage = stage.name();
            event.threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            event.delivery = delivery;
            event.commit();
        }
    }
}
