package dev.liveops.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One live deployment of a project. Immutable: the store swaps in a new value on every change. {@code entered}
 * records whether the strategy has placed its entry orders; {@code termination} is null while it is active.
 */
record Deployment(String deployId, int projectId, String nodeId, String compileId, int versionId, int cloneId,
                  Brokerage brokerage, Instant launched, double startingEquity, boolean entered,
                  Portfolio portfolio, List<Order> orders, Termination termination) {

    Deployment {
        orders = List.copyOf(orders);
    }

    boolean isActive() {
        return termination == null;
    }

    int nextOrderId() {
        return orders.size() + 1;
    }

    Deployment withOrder(Order order, Portfolio nextPortfolio) {
        List<Order> next = new ArrayList<>(orders);
        next.add(order);
        return new Deployment(deployId, projectId, nodeId, compileId, versionId, cloneId, brokerage, launched,
                startingEquity, entered, nextPortfolio, next, termination);
    }

    /** The same order (by id) in a later state, and the portfolio after it. */
    Deployment withOrderReplaced(Order order, Portfolio nextPortfolio) {
        List<Order> next = new ArrayList<>(orders);
        next.replaceAll(existing -> existing.id() == order.id() ? order : existing);
        return new Deployment(deployId, projectId, nodeId, compileId, versionId, cloneId, brokerage, launched,
                startingEquity, entered, nextPortfolio, next, termination);
    }

    Deployment withOrders(List<Order> nextOrders) {
        return new Deployment(deployId, projectId, nodeId, compileId, versionId, cloneId, brokerage, launched,
                startingEquity, entered, portfolio, nextOrders, termination);
    }

    Deployment markEntered() {
        return new Deployment(deployId, projectId, nodeId, compileId, versionId, cloneId, brokerage, launched,
                startingEquity, true, portfolio, orders, termination);
    }

    Deployment terminated(Termination end) {
        return new Deployment(deployId, projectId, nodeId, compileId, versionId, cloneId, brokerage, launched,
                startingEquity, entered, portfolio, orders, end);
    }
}
