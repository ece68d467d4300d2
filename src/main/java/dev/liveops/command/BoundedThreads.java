package dev.liveops.command;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for tasks that may block for long (a slow QuantConnect): up to {@code maxRunning} run at once, each on a
 * thread of its own, and up to {@code maxWaiting} more wait for one of them to finish. An idle thread takes the next
 * task; a new one is started only when none is idle, and an idle one ends after a minute. (A ThreadPoolExecutor with
 * as many core threads as running tasks starts a new thread for every task until it has them all, idle ones or not:
 * on a quiet bot, a thread start on the path of every acknowledgement.) A thread frees its slot and becomes idle in
 * one step, so a task offered once {@link #load()} shows the slot free goes to that thread.
 */
public final class BoundedThreads implements Executor {
    private static final Logger log = LoggerFactory.getLogger(BoundedThreads.class);
    private static final Duration IDLE = Duration.ofSeconds(60);

    /** What became of a task offered. */
    public enum Taken { RUNNING, WAITING, FULL, STOPPED }

    /** Tasks running and waiting, and threads idle, at one moment. */
    public record Load(int running, int waiting, int idleThreads) {
    }

    private final String name;
    private final AtomicInteger started = new AtomicInteger();
    private final int maxRunning;
    private final int maxWaiting;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allEnded = lock.newCondition();
    private final Deque<Worker> idle = new ArrayDeque<>();
    private final Set<Thread> alive = new HashSet<>();
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;
    private boolean stopped;

    /** @param name the threads' name prefix; they are numbered from 1 in the order they start */
    public BoundedThreads(String name, int maxRunning, int maxWaiting) {
        if (maxRunning < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("maxRunning must be at least 1 and maxWaiting not negative");
        }
        this.name = name;
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
    }

    /** Runs {@code task} now if fewer than maxRunning run, else lets it wait if fewer than maxWaiting wait. */
    public Taken offer(Runnable task) {
        return offer(task, Runnable::run);
    }

    /**
     * As {@link #offer(Runnable)}, but a task given a slot is started on its thread only when {@code start} runs
     * what it is given (e.g. once an acknowledgement has been written); its slot is held from now on.
     */
    public Taken offer(Runnable task, Executor start) {
        lock.lock();
        try {
            if (stopped) {
                return Taken.STOPPED;
            }
            if (running >= maxRunning) {
                if (waiting.size() >= maxWaiting) {
                    return Taken.FULL;
                }
                waiting.add(task);
                return Taken.WAITING;
            }
            running++;
        } finally {
            lock.unlock();
        }
        try {
            start.execute(() -> begin(task));
        } catch (RejectedExecutionException notLater) {
            begin(task);
        }
        return Taken.RUNNING;
    }

    /** Puts a task that holds a slot on a thread: an idle one if there is one, else a new one. */
    private void begin(Runnable task) {
        Thread fresh;
        lock.lock();
        try {
            Worker idler = idle.pollFirst(); // the most recently idle: its stack is still warm
            if (idler != null) {
                idler.hand(task);
                return;
            }
            fresh = new Thread(new Worker(task), name + "-" + started.incrementAndGet());
            fresh.setDaemon(true);
            alive.add(fresh);
        } finally {
            lock.unlock();
        }
        fresh.start();
    }

    /** As {@link #offer}, for the JDK's servers: a task not taken is rejected. */
    @Override
    public void execute(Runnable task) {
        Taken taken = offer(task);
        if (taken == Taken.FULL || taken == Taken.STOPPED) {
            throw new RejectedExecutionException("Task not taken: " + taken);
        }
    }

    public Load load() {
        lock.lock();
        try {
            return new Load(running, waiting.size(), idle.size());
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more tasks; those running and waiting still run. Idle threads end. */
    public void shutdown() {
        lock.lock();
        try {
            stopped = true;
            idle.forEach(Worker::wake);
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more tasks, drops those waiting and interrupts those running. */
    public void shutdownNow() {
        List<Thread> threads;
        lock.lock();
        try {
            stopped = true;
            waiting.clear();
            idle.forEach(Worker::wake);
            threads = new ArrayList<>(alive);
        } finally {
            lock.unlock();
        }
        threads.forEach(Thread::interrupt);
    }

    public boolean isShutdown() {
        lock.lock();
        try {
            return stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Whether every task has finished and every thread ended within {@code timeout}, after a shutdown. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (!ended() && nanos > 0) {
                nanos = allEnded.awaitNanos(nanos);
            }
            return ended();
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: no thread alive and no slot held by a task still to be started. */
    private boolean ended() {
        return alive.isEmpty() && running == 0;
    }

    /** One thread: it runs its task, then those waiting, then waits idle for the next task handed to it. */
    private final class Worker implements Runnable {
        private final Condition handed = lock.newCondition();
        private Runnable next;

        Worker(Runnable first) {
            this.next = first;
        }

        /** Under the lock, with this worker just taken off the idle list. */
        void hand(Runnable task) {
            next = task;
            handed.signal();
        }

        /** Under the lock. */
        void wake() {
            handed.signal();
        }

        @Override
        public void run() {
            try {
                Runnable task = next;
                next = null;
                while (task != null) {
                    try {
                        task.run();
                    } catch (RuntimeException | Error failure) {
                        log.error("Unexpected failure in {}", Thread.currentThread().getName(), failure);
                    }
                    Thread.interrupted(); // an interrupt meant for that task is not the next one's
                    task = nextTask();
                }
            } finally {
                lock.lock();
                try {
                    alive.remove(Thread.currentThread());
                    if (ended()) {
                        allEnded.signalAll();
                    }
                } finally {
                    lock.unlock();
                }
            }
        }

        /** A task waiting, else frees the slot and waits idle: null once stopped or idle for a minute. */
        private Runnable nextTask() {
            lock.lock();
            try {
                Runnable task = waiting.poll();
                if (task != null) {
                    return task;
                }
                running--;
                if (stopped) {
                    return null;
                }
                idle.addFirst(this);
                long nanos = IDLE.toNanos();
                while (next == null && !stopped && nanos > 0) {
                    nanos = handed.awaitNanos(nanos);
                }
                idle.remove(this);
                task = next;
                next = null;
                return task;
            } catch (InterruptedException stopping) { // only shutdownNow interrupts these threads
                idle.remove(this);
                return null;
            } finally {
                lock.unlock();
            }
        }
    }
}
