package dev.liveops.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liveops.access.Caller;
import dev.liveops.command.CommandGateway;
import dev.liveops.reply.Reply;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /live ...}: acknowledged at once with a private "working on it" (Slack gives up after 3 s), then run by the
 * gateway on a worker and answered through the response_url, so a slow QuantConnect never times the command out.
 */
final class LiveSlashCommand implements SlashCommandHandler {
    static final String WORKING = ":hourglass_flowing_sand: Working on it…";
    static final String BUSY = ":warning: LiveOps is busy with other commands; try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(LiveSlashCommand.class);

    private final CommandGateway gateway;
    private final SlackCallers callers;
    private final ReplyDelivery delivery;
    private final Executor worker;

    LiveSlashCommand(CommandGateway gateway, SlackCallers callers, ReplyDelivery delivery, Executor worker) {
        this.gateway = gateway;
        this.callers = callers;
        this.delivery = delivery;
        this.worker = worker;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        if (!SlackDelivery.isFirst(gateway, payload.getTriggerId())) {
            return ctx.ack();
        }
        try {
            worker.execute(() -> run(payload, ctx));
        } catch (RejectedExecutionException full) {
            log.warn("Slack command from {} not run: every worker is busy", payload.getUserId());
            return ctx.ack(BUSY);
        }
        return ctx.ack(WORKING);
    }

    private void run(SlashCommandPayload payload, SlashCommandContext ctx) {
        ReplyDelivery.Origin origin = new ReplyDelivery.Origin(payload.getChannelId(), payload.getUserId());
        Reply reply;
        try {
            Caller caller = callers.caller(payload.getUserId(), payload.getUserName(), payload.getChannelId());
            reply = gateway.handle(caller, payload.getText() == null ? "" : payload.getText());
        } catch (RuntimeException bug) {
            log.error("Slack command failed before reaching the gateway", bug);
            reply = Reply.error("Something went wrong inside LiveOps; the error is logged.");
        }
        delivery.answerCommand(ctx, origin, reply);
    }
}
