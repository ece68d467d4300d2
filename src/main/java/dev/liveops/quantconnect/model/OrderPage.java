package dev.liveops.quantconnect.model;

import java.util.List;

/** A window of a deployment's orders; {@code length} is how many orders there are in all. */
public record OrderPage(List<Order> orders, int length) {
    public OrderPage {
        orders = List.copyOf(orders);
    }
}
