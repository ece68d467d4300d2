package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Commands run side by side up to the bound, wait for a slot up to a second bound, past both are refused. */
class CommandSlotsTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private CommandSlots slots;

    @AfterEach
    void tearDown() {
        release.countDown();
        slots.close();
    }

    @Test
    void fiftyCommandsRunAtOnceNoneWaitingForAnother() throws Exception {
        slots = new CommandSlots("test-command", 50, 0, Duration.ofSeconds(5));
        CountDownLatch allRunning = new CountDownLatch(50);

        for (int i = 0; i < 50; i++) {
            assertThat(slots.run(blocked(allRunning))).isEmpty();
        }

        assertThat(allRunning.await(10, TimeUnit.SECONDS)).as("all 50 running while none has finished").isTrue();
    }

    @Test
    void pastTheRunningAndWaitingBoundsACommandIsRefusedInOneSentence() {
        slots = new CommandSlots("test-command", 2, 1, Duration.ofSeconds(5));
        CountDownLatch running = new CountDownLatch(2);

        assertThat(slots.run(blocked(running))).isEmpty();
        assertThat(slots.run(blocked(running))).isEmpty();
        assertThat(slots.run(blocked(running))).as("waits for a free slot").isEmpty();
        Optional<String> refused = slots.run(blocked(running));

        assertThat(refused).contains("LiveOps is already running 2 commands with 1 more waiting, its configured limit "
                + "(limits in the config), so this one was not run; try again in a minute.");
    }

    @Test
    void aWaitingCommandRunsWhenASlotFrees() throws Exception {
        slots = new CommandSlots("test-command", 1, 1, Duration.ofSeconds(5));
        CountDownLatch ran = new CountDownLatch(1);

        slots.run(blocked(new CountDownLatch(1)));
        slots.run(ran::countDown);
        release.countDown();

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anIdleSlotsThreadRunsTheNextCommandRatherThanANewThreadStarting() throws Exception {
        slots = new CommandSlots("reuse-test", 50, 0, Duration.ofSeconds(5));
        List<Thread> ranOn = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 20; i++) {
            CountDownLatch ran = new CountDownLatch(1);
            assertThat(slots.run(() -> {
                ranOn.add(Thread.currentThread());
                ran.countDown();
            })).isEmpty();
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            awaitIdle(ranOn.get(i));
        }

        assertThat(ranOn).as("threads that ran 20 commands, one after another").hasSize(20)
                .allMatch(thread -> thread == ranOn.get(0));
    }

    @Test
    void aCommandThatFailsDoesNotStrandTheOnesWaitingForItsSlot() throws Exception {
        slots = new CommandSlots("test-command", 1, 2, Duration.ofSeconds(5));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ran = new CountDownLatch(1);

        slots.run(() -> {
            started.countDown();
            blocked(new CountDownLatch(1)).run();
            throw new IllegalStateException("a bug in a command");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slots.run(ran::countDown)).isEmpty();
        release.countDown();

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCommandGivenALaterStartHoldsItsSlotFromNowAndRunsOnlyOnceStarted() throws Exception {
        slots = new CommandSlots("test-command", 1, 0, Duration.ofSeconds(5));
        List<Runnable> heldBack = new ArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);

        assertThat(slots.run(ran::countDown, heldBack::add)).as("taken").isEmpty();

        assertThat(ran.getCount()).as("not started: nothing runs it before its start").isEqualTo(1);
        assertThat(slots.run(() -> { })).as("its slot is taken").isPresent();
        heldBack.forEach(Runnable::run);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingWaitsForACommandTakenButNotYetStarted() {
        slots = new CommandSlots("test-command", 1, 0, Duration.ofSeconds(5));
        List<Runnable> heldBack = new ArrayList<>();
        AtomicBoolean ran = new AtomicBoolean();
        slots.run(() -> ran.set(true), heldBack::add);
        Thread acknowledging = new Thread(() -> heldBack.forEach(Runnable::run));

        acknowledging.start();
        slots.close();

        assertThat(ran).as("run before close returned").isTrue();
    }

    @Test
    void onceClosedACommandIsRefusedAsShuttingDown() {
        slots = new CommandSlots("test-command", 1, 0, Duration.ofSeconds(5));
        slots.close();

        assertThat(slots.run(() -> { })).contains(CommandSlots.STOPPING);
    }

    /** Done with its command, the slot's thread waits (with a time-out, after which it ends) for the next one. */
    private static void awaitIdle(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("%s idle within 10 s", thread.getName()).isLessThan(deadline);
            Thread.yield();
        }
    }

    private Runnable blocked(CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
