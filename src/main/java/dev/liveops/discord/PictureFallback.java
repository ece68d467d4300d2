package dev.liveops.discord;

import dev.liveops.reply.Reply;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered reply and, when Discord refuses one that carries a picture (too large, no right to attach files
 * in that channel), sends it again without the picture: its text is the summary, followed by the reason, said once.
 */
final class PictureFallback {
    private static final Logger log = LoggerFactory.getLogger(PictureFallback.class);
    private static final Set<ErrorResponse> PICTURE_REFUSALS = EnumSet.of(ErrorResponse.REQUEST_ENTITY_TOO_LARGE,
            ErrorResponse.FILE_UPLOAD_MAX_SIZE_EXCEEDED, ErrorResponse.MISSING_PERMISSIONS);

    private PictureFallback() {
    }

    /** Blocks until Discord answered; a refusal of the text-only message, or of a reply without a picture, throws. */
    static <T> T complete(Reply reply, Function<Reply, MessageCreateData> render,
                          Function<MessageCreateData, RestAction<T>> send) {
        try {
            return send.apply(render.apply(reply)).complete();
        } catch (ErrorResponseException refused) {
            // Only a refusal of the picture itself: an expired token or a gone channel would refuse the text too.
            if (reply.attachment().isEmpty() || !PICTURE_REFUSALS.contains(refused.getErrorResponse())) {
                throw refused;
            }
            return withoutPicture(reply, refused.getMeaning(), render, send);
        } catch (PermissionException missing) {
            if (reply.attachment().isEmpty()) {
                throw missing;
            }
            return withoutPicture(reply, "the bot may not attach files in this channel", render, send);
        }
    }

    private static <T> T withoutPicture(Reply reply, String reason, Function<Reply, MessageCreateData> render,
                                        Function<MessageCreateData, RestAction<T>> send) {
        log.warn("Discord refused a reply with picture {} ({}); sending its summary instead",
                reply.attachment().orElseThrow().fileName(), reason);
        return send.apply(render.apply(reply.withoutAttachment("Discord did not take the picture (" + reason
                + "), so here is its summary."))).complete();
    }
}
