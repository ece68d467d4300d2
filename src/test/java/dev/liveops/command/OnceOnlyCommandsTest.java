package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Platform;
import dev.liveops.command.OnceOnlyCommands.Handover;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delivery is taken without waiting for the store, and its command runs once, on this process or another. */
class OnceOnlyCommandsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestCore core = TestCore.builder().build();
    private final AtomicInteger runs = new AtomicInteger();
    private CommandSlots slots;

    @AfterEach
    void tearDown() {
        if (slots != null) {
            slots.close();
        }
        core.close();
    }

    @Test
    void theSameDeliveryHandedTwiceRunsOnce() throws Exception {
        slots = new CommandSlots("once-test", 4, 0, WAIT);
        OnceOnlyCommands commands = new OnceOnlyCommands(core.gateway(), slots, Platform.DISCORD);
        CountDownLatch done = new CountDownLatch(1);

        assertThat(commands.hand("1001", counted(done))).isInstanceOf(Handover.Taken.class);
        assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(commands.hand("1001", counted(done))).isInstanceOf(Handover.Taken.class);
        slots.close();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aDeliveryAnotherProcessTookIsNotRunHere() throws Exception {
        assertThat(core.newGateway().isFirstDelivery(Platform.SLACK, "1337.9.abc")).isTrue();
        slots = new CommandSlots("once-test", 4, 0, WAIT);

        new OnceOnlyCommands(core.gateway(), slots, Platform.SLACK).hand("1337.9.abc", counted(new CountDownLatch(1)));
        slots.close();

        assertThat(runs).hasValue(0);
    }

    @Test
    void withTheSlotsFullARepeatIsNotRefusedAndANewDeliveryIs() throws Exception {
        slots = new CommandSlots("once-test", 1, 0, WAIT);
        OnceOnlyCommands commands = new OnceOnlyCommands(core.gateway(), slots, Platform.SLACK);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        commands.hand("1337.1.abc", () -> {
            running.countDown();
            await(release);
        });
        try {
            assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            assertThat(commands.hand("1337.1.abc", counted(new CountDownLatch(1)))).isInstanceOf(Handover.Repeat.class);
            assertThat(commands.hand("1337.2.abc", counted(new CountDownLatch(1))))
                    .isInstanceOfSatisfying(Handover.Refused.class, refused -> assertThat(refused.reason())
                            .contains("configured limit"));
        } finally {
            release.countDown();
        }
        assertThat(runs).hasValue(0);
    }

    private Runnable counted(CountDownLatch done) {
        return () -> {
            runs.incrementAndGet();
            done.countDown();
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
