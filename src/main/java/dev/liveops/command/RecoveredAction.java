package dev.liveops.command;

import dev.liveops.reply.Reply;

import dev.liveops.access.Caller;

/**
 * What became of an action whose process died before finishing it (found at start-up or by the periodic takeover),
 * for the person who requested it: delivered to their channel.
 */
public record RecoveredAction(Caller requester, Reply reply) {
}
