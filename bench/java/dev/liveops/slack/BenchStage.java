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

    String stage;
    String delivery;

    static void mark(String stage, String delivery) {
        BenchStage event = new BenchStage();
        event.stage = stage;
        event.delivery = delivery;
        event.commit();
    }
}
