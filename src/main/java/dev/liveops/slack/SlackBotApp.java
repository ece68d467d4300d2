package dev.liveops.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.liveops.command.CommandGateway;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The Bolt app: {@code /live} and the LiveOps buttons, wired to the gateway. Transport-neutral: the same app
 * serves Socket Mode and HTTP. Owns the workers that run commands after their ack.
 */
public final class SlackBotApp implements AutoCloseable {
    public static final String COMMAND = "/live";
    /** Commands run at once; more wait in the queue. QuantConnect calls are slow, not CPU-bound. */
    static final int WORKERS = 4;
    static final int QUEUED = 100;

    private final App app;
    private final ThreadPoolExecutor worker;

    /** @param slack a client holding the bot token, for answers that cannot go through response_url */
    public SlackBotApp(AppConfig config, CommandGateway gateway, SlackCallers callers, MethodsClient slack) {
        AtomicInteger threads = new AtomicInteger();
        this.worker = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "slack-command-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        worker.allowCoreThreadTimeOut(true);
        ReplyDelivery delivery = new ReplyDelivery(slack, new BlockKitRenderer());
        this.app = new App(config);
        app.command(COMMAND, new LiveSlashCommand(gateway, callers, delivery, worker));
        app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitRenderer.ACTION_ID_PREFIX) + ".*$"),
                new LiveButtonPress(gateway, callers, delivery, worker));
    }

    public App app() {
        return app;
    }

    /** Lets commands already running finish (briefly), then stops the workers. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        app.stop();
    }
}
