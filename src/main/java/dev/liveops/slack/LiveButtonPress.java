package dev.liveops.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.command.OnceOnlyCommands.Handover;
import dev.liveops.reply.Reply;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LiveOps button: its value is the /live line it stands for ({@code confirm 7Q2X}, {@code list --page 2}), run as
 * whoever pressed it. The core decides whether that person may (only the requester confirms, a second person
 * approves); this class only acks within Slack's 3 s and delivers the answer.
 */
final class LiveButtonPress implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(LiveButtonPress.class);

    private final CommandGateway gateway;
    private final SlackCallers callers;
    private final ReplyDelivery delivery;
    private final OnceOnlyCommands commands;

    LiveButtonPress(CommandGateway gateway, SlackCallers callers, ReplyDelivery delivery, OnceOnlyCommands commands) {
        this.gateway = gateway;
        this.callers = callers;
        this.delivery = delivery;
        this.commands = commands;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<String> command = payload.getActions() == null ? Optional.empty() : payload.getActions().stream()
                .filter(action -> action.getActionId() != null
                        && action.getActionId().startsWith(BlockKitRenderer.ACTION_ID_PREFIX))
                .map(BlockActionPayload.Action::getValue).filter(value -> value != null && !value.isBlank())
                .findFirst();
        if (command.isEmpty() || payload.getUser() == null) {
            log.warn("Ignored a Slack button press without a LiveOps command or a user");
            return ctx.ack();
        }
        Handover handover = commands.hand(payload.getTriggerId(), () -> run(payload, command.get(), ctx));
        if (handover instanceof Handover.Refused refused) {
            // A press's ack carries no message: the refusal goes out now, which only happens past the limit.
            ReplyDelivery.Pressed pressed = pressed(payload);
            Caller caller = new Caller(Platform.SLACK, payload.getUser().getId(), payload.getUser().getUsername(),
                    Set.of(), pressed.origin().channelId());
            delivery.answerPress(ctx, pressed, gateway.notRun(caller, command.get(), refused.reason()));
        }
        return ctx.ack();
    }

    private void run(BlockActionPayload payload, String command, ActionContext ctx) {
        ReplyDelivery.Pressed pressed = pressed(payload);
        Reply reply;
        try {
            BlockActionPayload.User user = payload.getUser();
            Caller caller = callers.caller(user.getId(), user.getUsername() != null ? user.getUsername()
                    : user.getName(), pressed.origin().channelId());
            reply = gateway.handle(caller, command);
        } catch (RuntimeException bug) {
            log.error("Slack button press failed before reaching the gateway", bug);
            reply = Reply.error("Something went wrong inside LiveOps; the error is logged.");
        }
        delivery.answerPress(ctx, pressed, reply);
    }

    private static ReplyDelivery.Pressed pressed(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        String channelId = payload.getChannel() != null ? payload.getChannel().getId()
                : container != null ? container.getChannelId() : null;
        String messageTs = container != null && container.getMessageTs() != null ? container.getMessageTs()
                : payload.getMessage() != null && payload.getMessage().getTs() != null ? payload.getMessage().getTs()
                : "";
        return new ReplyDelivery.Pressed(new ReplyDelivery.Origin(channelId == null ? "" : channelId,
                payload.getUser().getId()), messageTs, container != null && container.isEphemeral());
    }
}
