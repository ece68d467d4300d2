package dev.liveops.notify;

import dev.liveops.quantconnect.model.Order;
import java.util.Objects;

/** An order of a deployment seen in a status for the first time: one order event to tell. */
public record OrderUpdate(long projectId, String projectName, String deployId, Order order) {
    public OrderUpdate {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(deployId, "deployId");
        Objects.requireNonNull(order, "order");
    }
}
