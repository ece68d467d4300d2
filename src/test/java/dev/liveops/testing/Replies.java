package dev.liveops.testing;

import dev.liveops.reply.Reply;

/** What tests read off a reply the way a person would: the code behind its Confirm button. */
public final class Replies {
    private Replies() {
    }

    /** The confirmation code a preview reply carries on its Confirm button. */
    public static String confirmCode(Reply reply) {
        return reply.buttons().stream().filter(b -> b.command().startsWith("confirm ")).findFirst()
                .map(b -> b.command().substring("confirm ".length()))
                .orElseThrow(() -> new AssertionError("no Confirm button in " + reply));
    }
}
