package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded wait for outcomes, on a test clock: every pause moves the clock instead of sleeping. */
class SettlingTest {
    private final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    private final Settling settling = new Settling(clock, clock::advance);

    @Test
    void endsAsSoonAsNothingIsUnderway() throws InterruptedException {
        AtomicInteger looks = new AtomicInteger();

        boolean settled = settling.await(() -> looks.incrementAndGet() < 4, Duration.ofSeconds(10));

        assertThat(settled).isTrue();
        assertThat(clock.instant()).isEqualTo("2026-11-20T14:30:00.600Z");
    }

    @Test
    void givesUpAtTheBound() throws InterruptedException {
        boolean settled = settling.await(() -> true, Duration.ofSeconds(10));

        assertThat(settled).isFalse();
        assertThat(clock.instant()).isEqualTo("2026-11-20T14:30:10Z");
    }

    @Test
    void doesNotWaitWhenNothingWasSent() throws InterruptedException {
        assertThat(settling.await(() -> false, Duration.ofSeconds(10))).isTrue();
        assertThat(clock.instant()).isEqualTo("2026-11-20T14:30:00Z");
    }
}
