/**
 * Who hears about status changes: channel subscriptions and project snoozes, and the store ports that keep them.
 * Written by commands, read by the watcher; implemented by {@code dev.liveops.store}.
 */
package dev.liveops.subscription;
