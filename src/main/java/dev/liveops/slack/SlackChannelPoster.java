package dev.liveops.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.liveops.access.Platform;
import dev.liveops.time.Pause;
import dev.liveops.reply.Reply;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.notify.PostResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications into a Slack channel with chat.postMessage. Slack allows about one message per second per channel
 * and answers 429 with Retry-After beyond that: we wait as long as it says, a bounded number of times. A channel
 * the bot cannot post to is a refusal, not a failure, so the watcher does not hammer it.
 */
public final class SlackChannelPoster implements ChannelPoster {
    private static final Logger log = LoggerFactory.getLogger(SlackChannelPoster.class);
    static final int MAX_ATTEMPTS = 4;
    /** A Retry-After longer than this is not waited out here: the watcher retries the post later. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Errors that will not go away by themselves, and what an operator should do about each. */
    private static final Map<String, String> REFUSALS = Map.of(
            "channel_not_found", "the channel does not exist or the LiveOps app cannot see it",
            "not_in_channel", "the LiveOps app is not a member of the channel; invite it there",
            "is_archived", "the channel is archived",
            "missing_scope", "the Slack app lacks the chat:write scope; add it and reinstall the app",
            "restricted_action", "the workspace does not let the LiveOps app post in the channel",
            "invalid_auth", "Slack no longer accepts the bot token",
            "token_revoked", "the bot token was revoked",
            "account_inactive", "the bot token belongs to a deactivated app");

    private final MethodsClient slack;
    private final BlockKitRenderer renderer;
    private final Pause pause;
    private final NotificationObserver observer;

    /** @param slack a client holding the bot token; @param pause how to wait out a 429 (tests pass a recorder) */
    public SlackChannelPoster(MethodsClient slack, BlockKitRenderer renderer, Pause pause) {
        this(slack, renderer, pause, NotificationObserver.NONE);
    }

    /** @param observer told of every 429, for metrics */
    public SlackChannelPoster(MethodsClient slack, BlockKitRenderer renderer, Pause pause,
                              NotificationObserver observer) {
        this.slack = slack;
        this.renderer = renderer;
        this.pause = pause;
        this.observer = observer;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public PostResult post(String channelId, Reply reply) {
        if (reply.attachment().isPresent()) {
            // A picture (a digest's chart) is shared as a file with the summary; a refusal posts the summary instead.
            Optional<String> notShared = new PictureUpload(slack).share(channelId, reply);
            if (notShared.isEmpty()) {
                return new PostResult.Posted(reply.attachment().get().fileName());
            }
            reply = reply.withoutAttachment(notShared.get());
        }
        SlackMessage message = renderer.render(reply);
        Duration backoff = FIRST_BACKOFF;
        String lastProblem = "no attempt was made";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Duration wait;
            try {
                ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(channelId)
                        .text(message.text()).blocks(message.blocks()));
                return answered(channelId, response);
            } catch (SlackApiException refused) {
                int status = refused.getResponse().code();
                if (status == 429) {
                    wait = retryAfter(refused);
                    observer.rateLimited(Platform.SLACK, wait);
                    lastProblem = "Slack kept rate-limiting posts to " + channelId;
                    if (wait.compareTo(LONGEST_WAIT) > 0) {
                        log.warn("Slack asks to wait {} s before posting to {}; leaving it for later", wait.toSeconds(),
                                channelId);
                        return new PostResult.Failed("Slack asked to wait " + wait.toSeconds() + " s");
                    }
                } else if (status >= 500) {
                    wait = backoff;
                    backoff = backoff.multipliedBy(2);
                    lastProblem = "Slack answered HTTP " + status;
                } else {
                    log.error("Slack answered HTTP {} to a post to {}", status, channelId);
                    return new PostResult.Failed("Slack answered HTTP " + status);
                }
            } catch (IOException unreachable) {
                wait = backoff;
                backoff = backoff.multipliedBy(2);
                lastProblem = "Slack could not be reached (" + unreachable.getClass().getSimpleName() + ")";
            } catch (RuntimeException bug) {
                log.error("Posting to Slack channel {} failed unexpectedly", channelId, bug);
                return new PostResult.Failed("posting failed unexpectedly: " + bug.getClass().getSimpleName());
            }
            if (attempt < MAX_ATTEMPTS) {
                log.info("Post to Slack channel {} not accepted ({}); retrying in {} ms", channelId, lastProblem,
                        wait.toMillis());
                try {
                    pause.pause(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new PostResult.Failed("interrupted while waiting to retry");
                }
            }
        }
        log.warn("Gave up posting to Slack channel {} after {} attempts: {}", channelId, MAX_ATTEMPTS, lastProblem);
        return new PostResult.Failed(lastProblem);
    }

    private static PostResult answered(String channelId, ChatPostMessageResponse response) {
        if (response.isOk()) {
            return new PostResult.Posted(response.getTs());
        }
        String error = response.getError();
        String refusal = REFUSALS.get(error);
        if (refusal != null) {
            log.warn("Slack refused a post to channel {} ({}): {}", channelId, error, refusal);
            return new PostResult.Refused("Slack refused the post to " + channelId + ": " + refusal + " (" + error
                    + ").");
        }
        log.error("Slack did not accept a post to channel {}: {}", channelId, error);
        return new PostResult.Failed("Slack answered " + error);
    }

    /** Slack sends whole seconds; a missing or unreadable header means one second, the documented pace. */
    private static Duration retryAfter(SlackApiException rateLimited) {
        String header = rateLimited.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException unreadable) {
            return Duration.ofSeconds(1);
        }
    }
}
