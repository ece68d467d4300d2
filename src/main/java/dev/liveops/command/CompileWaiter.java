package dev.liveops.command;

import dev.liveops.time.Pause;

import dev.liveops.quantconnect.CompileApi;
import dev.liveops.quantconnect.model.Compile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Compiles a project and polls until the build is done, fast at first and slower later (lean-cli's schedule,
 * shortened): most builds finish in seconds, a few take minutes.
 */
final class CompileWaiter {
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final CompileApi compiles;
    private final Clock clock;
    private final Pause pause;

    CompileWaiter(CompileApi compiles, Clock clock, Pause pause) {
        this.compiles = compiles;
        this.clock = clock;
        this.pause = pause;
    }

    /** The finished compile (success or error), or a still-queued one when the limit ran out. */
    Compile compile(long projectId) throws InterruptedException {
        Compile compile = compiles.create(projectId);
        Instant deadline = clock.instant().plus(LIMIT);
        int polls = 0;
        while (!compile.state().isDone() && clock.instant().isBefore(deadline)) {
            pause.pause(interval(polls++));
            compile = compiles.read(projectId, compile.compileId());
        }
        return compile;
    }

    private static Duration interval(int polls) {
        if (polls < 4) {
            return Duration.ofMillis(250);
        }
        return polls < 13 ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
    }
}
