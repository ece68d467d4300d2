package dev.liveops.sandbox;

import java.time.Duration;
import java.time.Instant;

/** A compile job. Its state is derived from the clock: queued for {@link #BUILD_TIME}, then the result. */
record Compile(String compileId, int projectId, String signature, Instant requested, boolean fails) {
    static final Duration BUILD_TIME = Duration.ofSeconds(2);

    CompileState stateAt(Instant now) {
        if (now.isBefore(requested.plus(BUILD_TIME))) {
            return CompileState.IN_QUEUE;
        }
        return fails ? CompileState.BUILD_ERROR : CompileState.BUILD_SUCCESS;
    }
}
