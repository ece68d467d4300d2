package dev.liveops.cli;

import dev.liveops.time.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits, a bounded while, for something still under way to finish: a pipe's last action to report its outcome. */
final class Settling {
    private static final Duration LOOK_EVERY = Duration.ofMillis(200);

    private final Clock clock;
    private final Pause pause;

    Settling(Clock clock, Pause pause) {
        this.clock = clock;
        this.pause = pause;
    }

    /** True once {@code underway} turns false; false when {@code bound} passed first. */
    boolean await(BooleanSupplier underway, Duration bound) throws InterruptedException {
        Instant deadline = clock.instant().plus(bound);
        while (underway.getAsBoolean()) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return false;
            }
            pause.pause(left.compareTo(LOOK_EVERY) < 0 ? left : LOOK_EVERY);
        }
        return true;
    }
}
