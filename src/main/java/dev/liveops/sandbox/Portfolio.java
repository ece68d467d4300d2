package dev.liveops.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Holdings plus USD cash; immutable, every fill gives a new portfolio. */
record Portfolio(List<Position> positions, double cash) {
    private static final double FLAT = 1e-9;

    Portfolio {
        positions = List.copyOf(positions);
    }

    static Portfolio ofCash(double cash) {
        return new Portfolio(List.of(), cash);
    }

    Optional<Position> position(String symbolId) {
        return positions.stream().filter(p -> p.security().symbolId().equals(symbolId)).findFirst();
    }

    /**
     * Books a fill the way LEAN's SecurityHolding does: adding keeps a weighted average price, reducing keeps
     * it, flipping resets it to the fill price.
     */
    Portfolio withFill(Security security, double quantity, double price, double fee) {
        List<Position> next = new ArrayList<>();
        boolean booked = false;
        for (Position current : positions) {
            if (!current.security().symbolId().equals(security.symbolId())) {
                next.add(current);
                continue;
            }
            booked = true;
            double total = current.quantity() + quantity;
            if (Math.abs(total) < FLAT) {
                continue; // closed: the holding disappears, as in the real portfolio endpoint
            }
            next.add(new Position(security, total, averageAfter(current, quantity, price, total)));
        }
        if (!booked) {
            next.add(new Position(security, quantity, price));
        }
        return new Portfolio(next, cash - quantity * price - fee);
    }

    private static double averageAfter(Position current, double quantity, double price, double total) {
        boolean adding = Math.signum(current.quantity()) == Math.signum(quantity);
        if (adding) {
            return (current.quantity() * current.averagePrice() + quantity * price) / total;
        }
        boolean flipped = Math.signum(total) != Math.signum(current.quantity());
        return flipped ? price : current.averagePrice();
    }
}
