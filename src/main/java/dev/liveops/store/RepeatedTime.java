package dev.liveops.store;

import java.time.Instant;

/** A batch's rows share one or two instants: each run of the same instant is formatted once. One batch, one thread. */
final class RepeatedTime {
    private Instant last;
    private String text;

    String format(Instant instant) {
        if (!instant.equals(last)) {
            last = instant;
            text = StoredTime.format(instant);
        }
        return text;
    }
}
