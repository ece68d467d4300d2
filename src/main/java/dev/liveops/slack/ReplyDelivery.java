package dev.liveops.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Audience;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets an answer to the person who asked. The response_url first: it works in any channel, even one the bot was
 * never invited to, and can replace the message whose button was pressed. When it fails (expired after 30 minutes
 * or 5 uses, or unreachable) the Web API posts the same message instead. A failure is logged, never thrown: the
 * command has already run.
 */
final class ReplyDelivery {
    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final MethodsClient slack;
    private final BlockKitRenderer renderer;
    private final PictureUpload pictures;

    ReplyDelivery(MethodsClient slack, BlockKitRenderer renderer) {
        this.slack = slack;
        this.renderer = renderer;
        this.pictures = new PictureUpload(slack);
    }

    /** Where a command came from: the answer goes back there. */
    record Origin(String channelId, String userId) {
    }

    /** The message whose button was pressed; {@code messageTs} is empty when Slack did not say. */
    record Pressed(Origin origin, String messageTs, boolean ephemeral) {
    }

    /**
     * A CHANNEL reply is posted for everyone; any other only for the person who typed the command. A reply with a
     * picture is shared in the channel with its summary; when Slack refuses the upload, the summary is answered as
     * usual with the reason.
     */
    void answerCommand(SlashCommandContext ctx, Origin origin, Reply reply) {
        if (reply.attachment().isPresent()) {
            Optional<String> notShared = pictures.share(origin.channelId(), reply);
            if (notShared.isEmpty()) {
                return;
            }
            reply = reply.withoutAttachment(notShared.get());
        }
        SlackMessage message = renderer.render(reply);
        boolean everyone = reply.audience() == Audience.CHANNEL;
        if (ctx.getResponseUrl() != null) {
            try {
                WebhookResponse sent = ctx.respond(SlashCommandResponse.builder()
                        .responseType(everyone ? "in_channel" : "ephemeral")
                        .text(message.text()).blocks(message.blocks()).build());
                if (accepted(sent)) {
                    return;
                }
            } catch (IOException unreachable) {
                log.warn("Slack's response_url could not be reached ({}); posting the answer instead",
                        unreachable.getClass().getSimpleName());
            }
        }
        post(origin, message, everyone);
    }

    /**
     * A CALLER reply goes privately to the presser and leaves the pressed message alone; any other reply replaces
     * the pressed message, so a settled prompt loses its buttons and a list pages in place.
     */
    void answerPress(ActionContext ctx, Pressed pressed, Reply reply) {
        SlackMessage message = renderer.render(reply);
        boolean privately = reply.audience() == Audience.CALLER;
        if (ctx.getResponseUrl() != null) {
            try {
                ActionResponse.ActionResponseBuilder response = ActionResponse.builder().text(message.text())
                        .blocks(message.blocks()).replaceOriginal(!privately);
                if (privately) {
                    response.responseType("ephemeral");
                }
                if (accepted(ctx.respond(response.build()))) {
                    return;
                }
            } catch (IOException unreachable) {
                log.warn("Slack's response_url could not be reached ({}); using the Web API instead",
                        unreachable.getClass().getSimpleName());
            }
        }
        if (!privately && !pressed.ephemeral() && !pressed.messageTs().isEmpty()) {
            call("chat.update", () -> slack.chatUpdate(r -> r.channel(pressed.origin().channelId())
                    .ts(pressed.messageTs()).text(message.text()).blocks(message.blocks())));
        } else {
            post(pressed.origin(), message, false);
        }
    }

    private void post(Origin origin, SlackMessage message, boolean everyone) {
        if (everyone) {
            call("chat.postMessage", () -> slack.chatPostMessage(r -> r.channel(origin.channelId())
                    .text(message.text()).blocks(message.blocks())));
        } else {
            call("chat.postEphemeral", () -> slack.chatPostEphemeral(r -> r.channel(origin.channelId())
                    .user(origin.userId()).text(message.text()).blocks(message.blocks())));
        }
    }

    private static boolean accepted(WebhookResponse sent) {
        if (sent.getCode() != null && sent.getCode() == 200) {
            return true;
        }
        log.warn("Slack's response_url refused the answer (HTTP {}: {}); using the Web API instead", sent.getCode(),
                sent.getBody());
        return false;
    }

    private static void call(String method, WebApiCall call) {
        try {
            SlackApiTextResponse response = call.run();
            if (!response.isOk()) {
                log.error("Slack {} refused the answer: {}", method, response.getError());
            }
        } catch (SlackApiException refused) {
            log.error("Slack {} answered HTTP {}; the answer was not delivered", method,
                    refused.getResponse().code());
        } catch (IOException unreachable) {
            log.error("Slack {} could not be reached ({}); the answer was not delivered", method,
                    unreachable.getClass().getSimpleName());
        }
    }

    @FunctionalInterface
    private interface WebApiCall {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }
}
