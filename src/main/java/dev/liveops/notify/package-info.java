/**
 * Status changes pushed into channels. {@link dev.liveops.notify.StatusWatcher} polls live/list once per cycle and
 * diffs it against the store; {@code RouteBook} and {@code ChangeRouter} decide who hears what;
 * {@link dev.liveops.notify.NotificationComposer} words it; {@code OutboxCourier} delivers through each platform's
 * {@link dev.liveops.notify.ChannelPoster} exactly once. After an action, a {@code CloseWatch} follows the project
 * until the outcome shows, and {@code ActionOutcomes} decides which action that outcome belongs to.
 */
package dev.liveops.notify;
