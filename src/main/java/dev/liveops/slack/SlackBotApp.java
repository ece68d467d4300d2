package dev.liveops.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandSlots;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.access.Platform;
import dev.liveops.config.LimitsConfig;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The Bolt app: {@code /live} and the LiveOps buttons, wired to the gateway. Transport-neutral: the same app
 * serves Socket Mode and HTTP. Owns the slots that run commands after their ack, as many at once as
 * {@code limits} allows.
 */
public final class SlackBotApp implements AutoCloseable {
    public static final String COMMAND = "/live";
    /** How long stopping lets commands already running finish. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final App app;
    private final CommandSlots worker;
    private final AfterAck afterAck = new AfterAck();

    /** @param slack a client holding the bot token, for answers that cannot go through response_url */
    public SlackBotApp(AppConfig config, CommandGateway gateway, SlackCallers callers, MethodsClient slack,
                       LimitsConfig limits) {
        this.worker = new CommandSlots("liveops-slack-command", limits.maxConcurrentCommands(),
                limits.maxQueuedCommands(), GRACE);
        ReplyDelivery delivery = new ReplyDelivery(slack, new BlockKitRenderer());
        this.app = new App(config);
        // Over HTTP a command starts once its ack is written (see AfterAck); over Socket Mode at once.
        OnceOnlyCommands commands = new OnceOnlyCommands(gateway, worker, Platform.SLACK, afterAck);
        app.command(COMMAND, new LiveSlashCommand(gateway, callers, delivery, commands));
        app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitRenderer.ACTION_ID_PREFIX) + ".*$"),
                new LiveButtonPress(gateway, callers, delivery, commands));
    }

    public App app() {
        return app;
    }

    /** Where the HTTP server says an ack has been written, so the commands it took start. */
    AfterAck afterAck() {
        return afterAck;
    }

    /** Lets commands already running finish (briefly), then stops the workers. */
    @Override
    public void close() {
        worker.close();
        app.stop();
    }
}
