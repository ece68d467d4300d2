package dev.liveops.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Books orders against a deployment: market orders fill at the model price of their instant, with fees. */
final class OrderDesk {
    private final PriceModel prices;
    private final FeeModel fees;

    OrderDesk(PriceModel prices, FeeModel fees) {
        this.prices = prices;
        this.fees = fees;
    }

    Deployment fillMarket(Deployment deployment, Security security, double quantity, Instant at, String tag) {
        double price = prices.priceAt(security, at);
        double fee = fees.feeFor(security, quantity, price);
        Order order = new Order(deployment.nextOrderId(), security, OrderType.MARKET, OrderStatus.FILLED, quantity,
                price, at, at, null, tag, List.of(
                        new OrderEvent(1, OrderStatus.SUBMITTED, 0, 0, 0, at, ""),
                        new OrderEvent(2, OrderStatus.FILLED, price, quantity, fee, at, "")));
        return deployment.withOrder(order, deployment.portfolio().withFill(security, quantity, price, fee));
    }

    /** A market order placed at {@code at} that fills later, in parts ({@link #fillPart}, {@link #fillRest}). */
    Deployment placeMarket(Deployment deployment, Security security, double quantity, Instant at, String tag) {
        Order placed = new Order(deployment.nextOrderId(), security, OrderType.MARKET, OrderStatus.SUBMITTED,
                quantity, prices.priceAt(security, at), at, null, null, tag,
                List.of(new OrderEvent(1, OrderStatus.SUBMITTED, 0, 0, 0, at, "")));
        return deployment.withOrder(placed, deployment.portfolio());
    }

    /** Fills {@code quantity} of an open market order at {@code at}'s model price. */
    Deployment fillPart(Deployment deployment, Order order, double quantity, Instant at) {
        return fill(deployment, order, quantity, at);
    }

    /** Fills what is left of an open market order at {@code at}'s model price. */
    Deployment fillRest(Deployment deployment, Order order, Instant at) {
        return fill(deployment, order, order.quantity() - order.filledQuantity(), at);
    }

    private Deployment fill(Deployment deployment, Order order, double quantity, Instant at) {
        double price = prices.priceAt(order.security(), at);
        double fee = fees.feeFor(order.security(), quantity, price);
        return deployment.withOrderReplaced(order.filled(quantity, price, fee, at),
                deployment.portfolio().withFill(order.security(), quantity, price, fee));
    }

    /** A resting limit order; the sandbox never fills these (it has no order book), it only cancels them. */
    Deployment placeLimit(Deployment deployment, Security security, double quantity, double limitPrice, Instant at,
                          String tag) {
        Order order = new Order(deployment.nextOrderId(), security, OrderType.LIMIT, OrderStatus.SUBMITTED, quantity,
                limitPrice, at, null, null, tag, List.of(new OrderEvent(1, OrderStatus.SUBMITTED, 0, 0, 0, at, "")));
        return deployment.withOrder(order, deployment.portfolio());
    }

    Deployment cancelOpenOrders(Deployment deployment, Instant at, String reason) {
        List<Order> orders = new ArrayList<>();
        for (Order order : deployment.orders()) {
            orders.add(order.isOpen() ? order.canceledAt(at, reason) : order);
        }
        return deployment.withOrders(orders);
    }

    /** Cancels what rests, then closes every holding with a market order, as LEAN's Liquidate() does. */
    Deployment liquidate(Deployment deployment, Instant at) {
        Deployment result = cancelOpenOrders(deployment, at, "Canceled by liquidation");
        for (Position position : deployment.portfolio().positions()) {
            result = fillMarket(result, position.security(), -position.quantity(), at, "Liquidated");
        }
        return result;
    }
}
