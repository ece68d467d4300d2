package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.liveops.command.ProcessIdentity;
import dev.liveops.command.ProcessRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The heartbeat and the periodic takeover, with the scheduler's tasks run by the test instead of by time. */
class ProcessLivenessTest {
    private final ProcessIdentity self = new ProcessIdentity("p-1", "host", 42);
    private final List<String> calls = new ArrayList<>();
    private final ProcessRegistry registry = new ProcessRegistry() {
        @Override
        public void heartbeat(ProcessIdentity process, Duration lease) {
            calls.add("heartbeat " + process.id() + " " + lease.toSeconds() + " s");
        }

        @Override
        public void retire(ProcessIdentity process) {
            calls.add("retire " + process.id());
        }
    };
    private final ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);

    @Test
    void aProcessRegistersAtOnceRenewsOnScheduleAndRetiresOnAStop() {
        ProcessLiveness liveness = new ProcessLiveness(registry, self, scheduler);

        liveness.start();
        scheduled().get(0).run();
        liveness.close();

        assertThat(calls).containsExactly("heartbeat p-1 20 s", "heartbeat p-1 20 s", "retire p-1");
    }

    @Test
    void orphanedActionsAreTakenOverPeriodicallyNotOnlyAtStartUpAndAFailureDoesNotEndTheSchedule() {
        ProcessLiveness liveness = new ProcessLiveness(registry, self, scheduler);
        AtomicInteger takeovers = new AtomicInteger();
        liveness.start();

        liveness.takeOverPeriodically(() -> {
            if (takeovers.incrementAndGet() == 1) {
                throw new IllegalStateException("store unreachable");
            }
        });
        liveness.takeOverPeriodically(takeovers::incrementAndGet);
        Runnable takeover = scheduled().get(1);
        takeover.run();
        takeover.run();

        assertThat(takeovers).hasValue(2);
        verify(scheduler, times(2)).scheduleWithFixedDelay(any(), anyLong(), anyLong(), eq(TimeUnit.MILLISECONDS));
    }

    private List<Runnable> scheduled() {
        ArgumentCaptor<Runnable> tasks = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler, atLeastOnce()).scheduleWithFixedDelay(tasks.capture(), anyLong(),
                anyLong(), eq(TimeUnit.MILLISECONDS));
        return tasks.getAllValues();
    }
}
