package dev.liveops.discord;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.PostResult;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts notifications into Discord channels by id. Blocks until Discord answers; JDA waits out rate limits (429)
 * itself. A channel that is gone or closed to the bot is {@link PostResult.Refused} with a log line saying which and
 * why; anything else is {@link PostResult.Failed}. Never throws.
 */
public final class DiscordChannelPoster implements ChannelPoster {
    private static final Logger log = LoggerFactory.getLogger(DiscordChannelPoster.class);
    private static final Set<ErrorResponse> PERMANENT = Set.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);

    private final JDA jda;
    private final DiscordRenderer renderer;

    DiscordChannelPoster(JDA jda, DiscordRenderer renderer) {
        this.jda = jda;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public PostResult post(String channelId, Reply reply) {
        try {
            MessageChannel channel = channelId.matches("\\d{1,20}")
                    ? jda.getChannelById(MessageChannel.class, channelId) : null;
            if (channel == null) {
                return refused(channelId, "the bot cannot see a text channel with this id (deleted, or in a server "
                        + "the bot is not in)");
            }
            // A picture (a digest's chart) is attached; a channel that refuses it still gets the text.
            Message posted = PictureFallback.complete(reply, renderer::notification, channel::sendMessage);
            return new PostResult.Posted(posted.getId());
        } catch (ErrorResponseException error) {
            if (PERMANENT.contains(error.getErrorResponse())) {
                return refused(channelId, "Discord says " + error.getMeaning());
            }
            log.warn("Posting to Discord channel {} failed: {}", channelId, error.getMessage());
            return new PostResult.Failed(error.getMessage());
        } catch (PermissionException missing) {
            return refused(channelId, "the bot lacks a permission there: " + missing.getMessage());
        } catch (RuntimeException failure) {
            log.warn("Posting to Discord channel {} failed: {}", channelId, failure.toString());
            return new PostResult.Failed(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
    }

    private static PostResult refused(String channelId, String reason) {
        log.warn("Not posting to Discord channel {}: {}", channelId, reason);
        return new PostResult.Refused(reason);
    }
}
