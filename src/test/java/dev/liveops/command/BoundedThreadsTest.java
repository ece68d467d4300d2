package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.command.BoundedThreads.Taken;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An idle thread takes the next task; a new one starts only when none is idle; the bounds hold. */
class BoundedThreadsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CountDownLatch release = new CountDownLatch(1);
    private BoundedThreads threads;

    @AfterEach
    void tearDown() throws InterruptedException {
        release.countDown();
        threads.shutdownNow();
        threads.awaitTermination(WAIT);
    }

    @Test
    void anIdleThreadTakesTheNextTaskRatherThanANewOneStarting() throws Exception {
        threads = new BoundedThreads("reuse", 50, 0);
        Set<String> ranOn = ConcurrentHashMap.newKeySet();

        for (int i = 0; i < 20; i++) {
            CountDownLatch ran = new CountDownLatch(1);
            assertThat(threads.offer(() -> {
                ranOn.add(Thread.currentThread().getName());
                ran.countDown();
            })).isEqualTo(Taken.RUNNING);
            assertThat(ran.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            awaitSlotsFree();
        }

        assertThat(ranOn).as("threads that ran 20 tasks, one after another").containsExactly("reuse-1");
        assertThat(threads.load()).isEqualTo(new BoundedThreads.Load(0, 0, 1));
    }

    @Test
    void whileOneThreadIsBusyTheNextTaskStartsAnotherRatherThanWaiting() throws Exception {
        threads = new BoundedThreads("busy", 2, 5);
        CountDownLatch bothRunning = new CountDownLatch(2);

        assertThat(threads.offer(blocked(bothRunning))).isEqualTo(Taken.RUNNING);
        assertThat(threads.offer(blocked(bothRunning))).isEqualTo(Taken.RUNNING);

        assertThat(bothRunning.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(threads.offer(() -> { })).isEqualTo(Taken.WAITING);
    }

    @Test
    void pastBothBoundsATaskIsNotTakenAndTheExecutorRejectsIt() {
        threads = new BoundedThreads("full", 1, 1);

        assertThat(threads.offer(blocked(new CountDownLatch(1)))).isEqualTo(Taken.RUNNING);
        assertThat(threads.offer(() -> { })).isEqualTo(Taken.WAITING);

        assertThat(threads.offer(() -> { })).isEqualTo(Taken.FULL);
        assertThatThrownBy(() -> threads.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(threads.load()).isEqualTo(new BoundedThreads.Load(1, 1, 0));
    }

    @Test
    void aShutdownLetsTheRunningAndWaitingTasksFinishAndTakesNoMore() throws Exception {
        threads = new BoundedThreads("stop", 1, 2);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        threads.offer(() -> {
            blocked(started).run();
            ran.add("first");
        });
        threads.offer(() -> ran.add("second"));
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        threads.shutdown();
        assertThat(threads.offer(() -> ran.add("late"))).isEqualTo(Taken.STOPPED);
        release.countDown();

        assertThat(threads.awaitTermination(WAIT)).isTrue();
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aShutdownEndsTheIdleThreads() throws Exception {
        threads = new BoundedThreads("idle", 4, 0);
        CountDownLatch ran = new CountDownLatch(1);
        threads.offer(ran::countDown);
        assertThat(ran.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        awaitSlotsFree();

        threads.shutdown();

        assertThat(threads.awaitTermination(WAIT)).isTrue();
    }

    /** The slot is freed and its thread made idle in one step: once no task runs, the thread waits for the next. */
    private void awaitSlotsFree() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (threads.load().running() > 0) {
            assertThat(System.nanoTime()).as("a slot freed within %s", WAIT).isLessThan(deadline);
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
