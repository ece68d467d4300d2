/**
 * The /live commands, from a line of text to a reply. {@link dev.liveops.command.CommandGateway} is the one way in:
 * {@link dev.liveops.command.CommandParser} turns the line into a {@link dev.liveops.command.LiveCommand}, and
 * {@code CommandRouter} visits it to its handler past the access check and the project lookup.
 * Reads are answered by {@code LiveQueries}; subscribe, unsubscribe and snooze by {@code SubscriptionCommands};
 * stop, liquidate and deploy go through the {@code ActionDesk} (preview, confirmation, approval, exactly-once
 * execution), which {@code ActionSender} sends and {@code ActionWording} words, each ending in one
 * {@code ActionOutcome}.
 */
package dev.liveops.command;
