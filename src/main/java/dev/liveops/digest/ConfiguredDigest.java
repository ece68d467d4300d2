package dev.liveops.digest;

import dev.liveops.access.ProjectGlob;
import java.util.Objects;

/** A digest written in the config: trusted, so it shows every project its glob names. */
public record ConfiguredDigest(DigestChannel channel, DigestSchedule schedule, ProjectGlob project) {
    public ConfiguredDigest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(project, "project");
    }
}
