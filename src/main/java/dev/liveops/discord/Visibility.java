package dev.liveops.discord;

import dev.liveops.reply.Reply;

/** Whether a Discord answer is ephemeral (only the person who asked sees it) or posted for the channel. */
enum Visibility {
    PRIVATE, PUBLIC;

    /** CALLER replies are always private, CHANNEL ones public, READER ones as the config says. */
    static Visibility of(Reply.Audience audience, boolean ephemeralReads) {
        return switch (audience) {
            case CALLER -> PRIVATE;
            case READER -> ephemeralReads ? PRIVATE : PUBLIC;
            case CHANNEL -> PUBLIC;
        };
    }
}
