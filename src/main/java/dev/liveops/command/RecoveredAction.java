package dev.liveops.command;

import dev.liveops.reply.Reply;

import dev.liveops.access.Caller;

/** What became of an action found unfinished at start-up, for the person who requested it. */
public record RecoveredAction(Caller requester, Reply reply) {
}
