/**
 * The Slack adapter: {@code /live} through Slack Bolt, replies in Block Kit, buttons as block actions, notifications
 * through chat.postMessage. It only translates: every command goes to the core's
 * {@link dev.liveops.command.CommandGateway} as typed, and the core never depends on this package.
 */
package dev.liveops.slack;
