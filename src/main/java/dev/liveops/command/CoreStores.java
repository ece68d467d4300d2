package dev.liveops.command;

import dev.liveops.subscription.SubscriptionStore;
import dev.liveops.subscription.SnoozeStore;

import dev.liveops.access.AuditLog;
import java.util.Objects;

/** Where the command core keeps what must outlive a command: one store, several views of it. */
public record CoreStores(AuditLog auditLog, PendingActionStore pendingActions, SubscriptionStore subscriptions,
                         SnoozeStore snoozes, InboundLedger inbound,
                         KillSwitchStore killSwitches) {
    public CoreStores {
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(pendingActions, "pendingActions");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(snoozes, "snoozes");
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(killSwitches, "killSwitches");
    }
}
