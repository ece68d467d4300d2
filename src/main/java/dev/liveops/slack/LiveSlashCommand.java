package dev.liveops.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.command.OnceOnlyCommands.Handover;
import dev.liveops.reply.Reply;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /live ...}: acknowledged at once with a private "working on it" (Slack gives up after 3 s), then run by the
 * gateway on a worker and answered through the response_url, so a slow QuantConnect never times the command out.
 * A delivery Slack retries runs once (see {@link OnceOnlyCommands}); a retry of one already taken gets a plain ack.
 * Past the configured limit of commands the command is not run: it is audited and the ack says so in one sentence.
 */
final class LiveSlashCommand implements SlashCommandHandler {
    static final String WORKING = ":hourglass_flowing_sand: Working on it…";
    private static final String RETRY_NUM = "X-Slack-Retry-Num";
    private static final Logger log = LoggerFactory.getLogger(LiveSlashCommand.class);

    private final CommandGateway gateway;
    private final SlackCallers callers;
    private final ReplyDelivery delivery;
    private final OnceOnlyCommands commands;

    LiveSlashCommand(CommandGateway gateway, SlackCallers callers, ReplyDelivery delivery, OnceOnlyCommands commands) {
        this.gateway = gateway;
        this.callers = callers;
        this.delivery = delivery;
        this.commands = commands;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        SlackAckStage.mark(SlackAckStage.Stage.VERIFIED, payload.getTriggerId());
        // The ack does not wait for the store: the slot records the trigger id and runs only the first delivery.
        // Over HTTP the slot's thread starts once the ack is written (AfterAck), so the two do not share the CPU.
        Runnable command = () -> {
            SlackAckStage.mark(SlackAckStage.Stage.DELIVERY_RECORDED, payload.getTriggerId());
            run(payload, ctx);
        };
        Handover handover = isRetry(request) ? commands.handAgain(payload.getTriggerId(), command)
                : commands.hand(payload.getTriggerId(), command);
        SlackAckStage.mark(SlackAckStage.Stage.HANDED, payload.getTriggerId());
        if (handover instanceof Handover.Refused refused) {
            // Who asked, without the user-group look-up a running command makes: the audit needs only the id.
            Caller caller = new Caller(Platform.SLACK, payload.getUserId(), payload.getUserName(), Set.of(),
                    payload.getChannelId());
            Reply notRun = gateway.notRun(caller, payload.getText(), refused.reason());
            return ctx.ack(":warning: " + notRun.text());
        }
        Response ack = handover instanceof Handover.Taken ? ctx.ack(WORKING) : ctx.ack();
        SlackAckStage.mark(SlackAckStage.Stage.ACK_BUILT, payload.getTriggerId());
        return ack;
    }

    /** Slack numbers its redeliveries, over HTTP and (as Bolt passes Socket Mode's retry_attempt on) alike. */
    private static boolean isRetry(SlashCommandRequest request) {
        String retry = request.getHeaders() == null ? null : request.getHeaders().getFirstValue(RETRY_NUM);
        return retry != null && !retry.isBlank() && !retry.strip().equals("0");
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
