package dev.liveops.subscription;

import java.time.Instant;
import java.util.Objects;

/** A project whose status alerts are silenced until {@code until}; {@code by} names who silenced them. */
public record Snooze(long projectId, String projectName, Instant until, String by) {
    public Snooze {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(by, "by");
    }
}
