package dev.liveops.command;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a chat adapter runs its commands once it has acknowledged them, never on the platform's own threads. Up to
 * {@code maxConcurrent} run at once, each on a thread of its own (an idle one if there is one, else a new one; gone
 * after a minute idle), so a slow QuantConnect holds up no other command; up to {@code maxQueued} more wait for a free
 * slot. Past both a command is not run, and {@link #run} says why in one sentence for the adapter to audit and answer.
 */
public final class CommandSlots implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommandSlots.class);
    static final String STOPPING = "LiveOps is shutting down, so this command was not run; try again in a minute.";

    private final BoundedThreads threads;
    private final String busy;
    private final Duration grace;

    /**
     * @param name  the threads' name prefix, e.g. "liveops-slack-command"
     * @param grace how long {@link #close()} lets running commands finish
     */
    public CommandSlots(String name, int maxConcurrent, int maxQueued, Duration grace) {
        if (maxConcurrent < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1 and maxQueued not negative");
        }
        this.threads = new BoundedThreads(name, maxConcurrent, maxQueued);
        this.busy = "LiveOps is already running " + maxConcurrent + " commands with " + maxQueued
                + " more waiting, its configured limit (limits in the config), so this one was not run; try again "
                + "in a minute.";
        this.grace = grace;
    }

    /** Runs the command when a slot is free; otherwise it is not run and the answer is why, in one sentence. */
    public Optional<String> run(Runnable command) {
        return run(command, Runnable::run);
    }

    /**
     * As {@link #run(Runnable)}, but a command given a free slot holds it from now on and is started on its thread
     * when {@code start} runs what it is given: e.g. once the platform's acknowledgement has been written, so that the
     * command does not compete with it for the CPU. A command that has to wait for a slot waits as before.
     */
    public Optional<String> run(Runnable command, Executor start) {
        return switch (threads.offer(command, start)) {
            case RUNNING, WAITING -> Optional.empty();
            case STOPPED -> Optional.of(STOPPING);
            case FULL -> {
                log.warn("A command was not run: {}, the configured limit", threads.load());
                yield Optional.of(busy);
            }
        };
    }

    /** Takes no more commands, lets those running and waiting finish for the grace period, then interrupts them. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace)) {
                log.warn("Commands still running after {} s; interrupting them", grace.toSeconds());
                threads.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
