package dev.liveops.slack;

import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The benchmark's own ends of an acknowledgement, on the same JFR clock as LiveOps' stage events. */
@Name(BenchStage.NAME)
@StackTrace(false)
final class BenchStage extends Event {
    static final String NAME = "dev.liveops.bench.AckStage";
    static final String SENT = "SENT";
    static final String ACKED = "ACKED";
    /** The same ends, and the floor's own stages, of a command sent to the floor ({@link SlackAckFloor}). */
    static final String FLOOR_SENT = "FLOOR_SENT";
    static final String FLOOR_ACKED = "FLOOR_ACKED";
    static final String FLOOR_RECEIVED = "FLOOR_RECEIVED";
    static final String FLOOR_WRITTEN = "FLOOR_WRITTEN";

    String stage;
    String delivery;
    long threadCpu;

    static void mark(String stage, String delivery) {
        BenchStage event = new BenchStage();
        event.stage = stage;
        event.delivery = delivery;
        event.threadCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        event.commit();
    }
}
