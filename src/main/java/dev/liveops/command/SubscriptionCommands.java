package dev.liveops.command;

import dev.liveops.access.Caller;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.SnoozeStore;
import dev.liveops.subscription.Subscription;
import dev.liveops.subscription.SubscriptionStore;
import dev.liveops.text.TimeText;
import java.time.Clock;

/** subscribe, unsubscribe, subscriptions and snooze: what a channel hears from the watcher, and when not. */
final class SubscriptionCommands {
    private final SubscriptionStore subscriptions;
    private final SnoozeStore snoozes;
    private final Clock clock;

    SubscriptionCommands(SubscriptionStore subscriptions, SnoozeStore snoozes, Clock clock) {
        this.subscriptions = subscriptions;
        this.snoozes = snoozes;
        this.clock = clock;
    }

    Reply subscribe(Caller caller, LiveCommand.Subscribe command) {
        subscriptions.save(new Subscription(caller.platform(), caller.channelId(), command.statuses(),
                command.project(), caller, clock.instant(), command.orders()));
        return Reply.builder(Severity.SUCCESS, "Subscribed").text("This channel will be told of status changes: "
                + InfoViews.statuses(command.statuses()) + InfoViews.projects(command.project())
                + ", of the projects " + caller.displayName() + " may see." + InfoViews.orders(command.orders()))
                .audience(Reply.Audience.CHANNEL).build();
    }

    Reply unsubscribe(Caller caller) {
        boolean removed = subscriptions.remove(caller.platform(), caller.channelId());
        return Reply.builder(Severity.INFO, removed ? "Unsubscribed" : "Not subscribed")
                .text(removed ? "This channel will no longer be told of status changes."
                        : "This channel had no subscription.").build();
    }

    Reply show(Caller caller) {
        return InfoViews.subscriptions(subscriptions.find(caller.platform(), caller.channelId()));
    }

    Reply snooze(Caller caller, Project project, LiveCommand.Snooze command) {
        if (command.duration().isEmpty()) {
            boolean removed = snoozes.end(project.projectId(), clock.instant());
            return Reply.builder(Severity.INFO, removed ? "Alerts back on: " + project.name()
                            : project.name() + " was not snoozed")
                    .text(removed ? "Status changes of " + project.name() + " are notified again."
                            : "Its status changes are already notified.")
                    .audience(Reply.Audience.CHANNEL).build();
        }
        Snooze snooze = new Snooze(project.projectId(), project.name(), clock.instant().plus(command.duration().get()),
                caller.describe());
        snoozes.save(snooze);
        return Reply.builder(Severity.WARNING, "Snoozed: " + project.name())
                .text("No status alerts for " + project.name() + " until " + TimeText.utc(snooze.until())
                        + ". /live snooze " + project.name() + " off ends it early.")
                .audience(Reply.Audience.CHANNEL).build();
    }
}
