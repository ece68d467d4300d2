package dev.liveops.discord;

import dev.liveops.reply.Reply;
import java.util.function.Function;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered reply and, when Discord refuses one that carries a picture (too large, no right to attach files
 * there), sends it again without the picture: its text is the summary, followed by the reason, said once.
 */
final class PictureFallback {
    private static final Logger log = LoggerFactory.getLogger(PictureFallback.class);

    private PictureFallback() {
    }

    /** Blocks until Discord answered; a refusal of the text-only message, or of a reply without a picture, throws. */
    static void complete(Reply reply, Function<Reply, MessageCreateData> render,
                         Function<MessageCreateData, RestAction<?>> send) {
        try {
            send.apply(render.apply(reply)).complete();
        } catch (ErrorResponseException refused) {
            if (reply.attachment().isEmpty()) {
                throw refused;
            }
            log.warn("Discord refused a reply with picture {} ({}); sending its summary instead",
                    reply.attachment().get().fileName(), refused.getMeaning());
            send.apply(render.apply(reply.withoutAttachment("Discord did not take the picture (" + refused.getMeaning()
                    + "), so here is its summary."))).complete();
        }
    }
}
