package dev.liveops.slack;

import dev.liveops.reply.Reply;
import dev.liveops.quantconnect.model.LiveStatus;

/** The emoji a reply leads with: by the deployment status it is about, else by its severity. */
final class StatusEmoji {
    private StatusEmoji() {
    }

    /** An emoji code such as {@code :red_circle:}, or "" when the reply is plain information. */
    static String of(Reply reply) {
        return reply.status().map(StatusEmoji::of).orElseGet(() -> of(reply.severity()));
    }

    static String of(LiveStatus status) {
        if (status.isError()) {
            return ":red_circle:";
        }
        if (status == LiveStatus.RUNNING) {
            return ":large_green_circle:";
        }
        if (status.phase() == LiveStatus.Phase.STARTING) {
            return ":hourglass_flowing_sand:";
        }
        if (status == LiveStatus.UNDEFINED || status == LiveStatus.UNKNOWN) {
            return ":grey_question:";
        }
        return ":white_circle:";
    }

    static String of(Reply.Severity severity) {
        return switch (severity) {
            case SUCCESS -> ":white_check_mark:";
            case WARNING -> ":warning:";
            case ERROR -> ":x:";
            case INFO -> "";
        };
    }
}
