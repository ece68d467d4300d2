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
        return status == OrderStatus.SUBMITTED || status == OrderStatus.PARTIALLY_FILLED;
    }

    /** What the fills so far are worth: the whole order once filled, the filled part of a partial one. */
    double filledValue() {
        return events.stream().mapToDouble(event -> event.fillQuantity() * event.fillPrice()).sum();
    }

    double filledQuantity() {
        return events.stream().mapToDouble(OrderEvent::fillQuantity).sum();
    }

    /**
     * The order after one more fill of {@code fillQuantity} at {@code fillPrice}: Filled once the whole quantity is,
     * PartiallyFilled before; {@code price} becomes the average fill price, as LEAN reports it for market orders.
     */
    Order filled(double fillQuantity, double fillPrice, double fee, Instant at) {
        double done = filledQuantity() + fillQuantity;
        OrderStatus next = Math.abs(done - quantity) < 1e-9 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        List<OrderEvent> nextEvents = new ArrayList<>(events);
        nextEvents.add(new OrderEvent(events.size() + 1, next, fillPrice, fillQuantity, fee, at, ""));
        double average = WireFormat.round2((filledValue() + fillQuantity * fillPrice) / done);
        return new Order(id, security, type, next, quantity, average, time, at, canceledTime, tag, nextEvents);
    }

    Order canceledAt(Instant at, String message) {
        List<OrderEvent> next = new ArrayList<>(events);
        next.add(new OrderEvent(events.size() + 1, OrderStatus.CANCELED, 0, 0, 0, at, message));
        return new Order(id, security, type, OrderStatus.CANCELED, quantity, price, time, lastFillTime, at, tag, next);
    }
}
