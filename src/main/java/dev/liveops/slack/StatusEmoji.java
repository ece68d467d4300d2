package dev.liveops.slack;

import dev.liveops.reply.Reply;

/** The emoji a reply leads with, by its severity: the core has already decided how it reads. */
final class StatusEmoji {
    private StatusEmoji() {
    }

    /** An emoji code such as {@code :red_circle:}, or "" when the reply is plain information. */
    static String of(Reply reply) {
        return of(reply.severity());
    }

    static String of(Reply.Severity severity) {
        return switch (severity) {
            case SUCCESS -> ":large_green_circle:";
            case WARNING -> ":warning:";
            case ERROR -> ":red_circle:";
            case INFO -> "";
        };
    }
}
