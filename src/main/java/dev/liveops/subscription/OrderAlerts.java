package dev.liveops.subscription;

import dev.liveops.quantconnect.model.OrderStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which order events a subscription hears beside status changes: none (the default), fills, or every event. */
public enum OrderAlerts {
    NONE, FILLED, ALL;

    /** Whether an order that reached {@code status} is news for this choice. */
    public boolean includes(OrderStatus status) {
        return switch (this) {
            case NONE -> false;
            case FILLED -> status == OrderStatus.PARTIALLY_FILLED || status == OrderStatus.FILLED;
            // New and None are no event of their own; Unknown is a code this LiveOps cannot name.
            case ALL -> status != OrderStatus.NEW && status != OrderStatus.NONE && status != OrderStatus.UNKNOWN;
        };
    }

    /** As typed and configured: none, filled, all. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderAlerts> fromWord(String word) {
        return Arrays.stream(values()).filter(alerts -> alerts.word().equalsIgnoreCase(word)).findFirst();
    }
}
