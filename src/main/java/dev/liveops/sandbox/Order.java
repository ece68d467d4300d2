package dev.liveops.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order of one live deployment. {@code price} is the fill price for market orders and the limit for limit
 * orders; the nullable times follow LEAN's Order (null until the event happened).
 */
record Order(int id, Security security, OrderType type, OrderStatus status, double quantity, double price,
             Instant time, Instant lastFillTime, Instant canceledTime, String tag, List<OrderEvent> events) {

    static final int BUY = 0;
    static final int SELL = 1;

    Order {
        events = List.copyOf(events);
    }

    int direction() {
        return quantity >= 0 ? BUY : SELL;
    }

    boolean isOpen() {
        return status == OrderStatus.SUBMITTED;
    }

    double filledValue() {
        return status == OrderStatus.FILLED ? quantity * price : 0.0;
    }

    Order canceledAt(Instant at, String message) {
        List<OrderEvent> next = new ArrayList<>(events);
        next.add(new OrderEvent(events.size() + 1, OrderStatus.CANCELED, 0, 0, 0, at, message));
        return new Order(id, security, type, OrderStatus.CANCELED, quantity, price, time, lastFillTime, at, tag, next);
    }
}
