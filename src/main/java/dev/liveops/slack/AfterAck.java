package dev.liveops.slack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a command taken while an HTTP acknowledgement is being made on this thread only once that acknowledgement has
 * been written, so the command's first steps (its ledger row, the caller's look-up, the call to QuantConnect) do not
 * compete with the ack's last ones for the CPU. Bolt runs the handler on the thread serving the request
 * ({@link SlackHttpServer}); in Socket Mode, where Bolt sends the ack itself, no request is served here and a
 * command starts at once. Only the start waits: the command holds its slot from the moment it is taken.
 */
final class AfterAck implements Executor {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    /** Writes one request's response. */
    @FunctionalInterface
    interface Respond {
        void respond() throws IOException;
    }

    private final ThreadLocal<List<Runnable>> held = new ThreadLocal<>();

    /** Serves one request on this thread; what its handler started is started after the response, written or not. */
    void serve(Respond respond) throws IOException {
        List<Runnable> starts = new ArrayList<>(1);
        held.set(starts);
        try {
            respond.respond();
        } finally {
            held.remove();
            for (Runnable start : starts) {
                try {
                    start.run();
                } catch (RuntimeException | Error failure) {
                    log.error("A command taken with this Slack request could not be started", failure);
                }
            }
        }
    }

    /** After the response being written on this thread, if there is one; otherwise now. */
    @Override
    public void execute(Runnable start) {
        List<Runnable> starts = held.get();
        if (starts == null) {
            start.run();
        } else {
            starts.add(start);
        }
    }
}
