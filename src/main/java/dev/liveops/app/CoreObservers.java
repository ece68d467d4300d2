package dev.liveops.app;

import dev.liveops.command.CommandObserver;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.quantconnect.CallObserver;
import java.util.Objects;

/** Who hears what the core does: QuantConnect requests, commands and actions, polls and notifications. */
public record CoreObservers(CallObserver quantConnect, CommandObserver commands, NotificationObserver notifications) {
    public static final CoreObservers NONE = new CoreObservers(CallObserver.NONE, CommandObserver.NONE,
            NotificationObserver.NONE);

    public CoreObservers {
        Objects.requireNonNull(quantConnect, "quantConnect");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(notifications, "notifications");
    }
}
