package dev.liveops.sandbox;

import java.time.Instant;

/**
 * A command the sandbox accepted through live/commands/create or live/commands/broadcast, as tests inspect it.
 *
 * @param deployId  the project's latest deployment when it arrived; null when it was never deployed
 * @param status    that deployment's status then ("Undefined" when never deployed)
 * @param command   the {@code command} object exactly as sent, as JSON
 * @param delivered whether it reached the algorithm: only a Running deployment takes commands
 * @param broadcast whether it came through live/commands/broadcast
 */
public record SandboxCommand(int projectId, String deployId, String status, String command, boolean delivered,
                             boolean broadcast, Instant at) {
}
