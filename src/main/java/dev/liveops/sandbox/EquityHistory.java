package dev.liveops.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deployment's equity at past instants, as LEAN's "Strategy Equity" chart would have sampled it: the fills booked
 * up to each instant, valued at the price model's prices of that instant. It is the same computation as the live
 * valuation, replayed, so the chart's last point is the equity live/read reports.
 */
final class EquityHistory {
    /** Finer than this says nothing more about a wave-shaped price model. */
    private static final Duration MIN_STEP = Duration.ofMinutes(1);

    private final PriceModel prices;

    EquityHistory(PriceModel prices) {
        this.prices = prices;
    }

    /** One candle {@code [time, open, high, low, close]}: close is the equity at {@code time}. */
    record Candle(Instant time, double open, double high, double low, double close) {
    }

    /**
     * At most {@code count} candles evenly spread over the part of {@code [from, to]} the deployment lived (from
     * its launch until now, or until it ended), the first at that part's start and the last at its end.
     */
    List<Candle> candles(Deployment deployment, Instant now, Instant from, Instant to, int count) {
        Instant end = deployment.isActive() ? now : deployment.termination().at();
        Instant first = later(from, deployment.launched());
        Instant last = earlier(to, end);
        if (!last.isAfter(first) || count < 2) {
            return List.of();
        }
        Duration step = Duration.between(first, last).dividedBy(count - 1);
        if (step.compareTo(MIN_STEP) < 0) {
            step = MIN_STEP;
        }
        Replay replay = new Replay(deployment);
        List<Candle> candles = new ArrayList<>(count);
        double previous = replay.equityAt(first);
        for (Instant time = first; time.isBefore(last) && candles.size() < count - 1; time = time.plus(step)) {
            candles.add(candle(time, previous, replay));
            previous = candles.get(candles.size() - 1).close();
        }
        candles.add(candle(last, previous, replay));
        return candles;
    }

    private Candle candle(Instant time, double open, Replay replay) {
        double close = replay.equityAt(time);
        return new Candle(time, WireFormat.round2(open), WireFormat.round2(Math.max(open, close)),
                WireFormat.round2(Math.min(open, close)), WireFormat.round2(close));
    }

    /** Books the deployment's fills in time order as the asked instants move forward. */
    private final class Replay {
        private final List<Fill> fills;
        private Portfolio portfolio;
        private int booked;

        Replay(Deployment deployment) {
            this.portfolio = Portfolio.ofCash(deployment.startingEquity());
            this.fills = deployment.orders().stream()
                    .flatMap(order -> order.events().stream()
                            .filter(event -> event.status() == OrderStatus.FILLED && event.fillQuantity() != 0)
                            .map(event -> new Fill(order.security(), event)))
                    .sorted(Comparator.comparing(fill -> fill.event().time()))
                    .toList();
        }

        /** Only called with instants that never go back. */
        double equityAt(Instant time) {
            while (booked < fills.size() && !fills.get(booked).event().time().isAfter(time)) {
                Fill fill = fills.get(booked++);
                portfolio = portfolio.withFill(fill.security(), fill.event().fillQuantity(), fill.event().fillPrice(),
                        fill.event().fee());
            }
            double equity = portfolio.cash();
            for (Position position : portfolio.positions()) {
                equity += position.quantity() * prices.priceAt(position.security(), time);
            }
            return equity;
        }
    }

    private record Fill(Security security, OrderEvent event) {
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
