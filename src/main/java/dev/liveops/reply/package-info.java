/**
 * The platform-neutral answer every part of LiveOps speaks: a {@link dev.liveops.reply.Reply} with its fields, table,
 * buttons, audience and mentions. Commands and notifications produce replies; each adapter renders them in its own
 * platform's limits.
 */
package dev.liveops.reply;
