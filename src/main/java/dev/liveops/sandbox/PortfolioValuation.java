package dev.liveops.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * A deployment's portfolio marked to market at one instant, plus the totals behind LEAN's runtime statistics.
 * live/read, live/list and live/portfolio/read all use this one computation, so their numbers always agree.
 */
record PortfolioValuation(List<HoldingValuation> holdings, double cash, double equity, double holdingsValue,
                          double unrealized, double fees, double volume, double netProfit, double totalReturn) {

    PortfolioValuation {
        holdings = List.copyOf(holdings);
    }

    static PortfolioValuation of(Deployment deployment, Instant at, PriceModel prices) {
        List<HoldingValuation> holdings = deployment.portfolio().positions().stream()
                .map(position -> value(position, prices.priceAt(position.security(), at)))
                .toList();
        double cash = deployment.portfolio().cash();
        double holdingsValue = holdings.stream().mapToDouble(HoldingValuation::value).sum();
        double unrealized = holdings.stream().mapToDouble(HoldingValuation::unrealized).sum();
        double equity = cash + holdingsValue;
        double fees = deployment.orders().stream()
                .flatMap(order -> order.events().stream())
                .mapToDouble(OrderEvent::fee).sum();
        double volume = deployment.orders().stream()
                .mapToDouble(order -> Math.abs(order.filledValue())).sum();
        // LEAN's "Net Profit" is realized profit after fees; equity - start - unrealized is exactly that.
        double netProfit = equity - deployment.startingEquity() - unrealized;
        double totalReturn = deployment.startingEquity() == 0 ? 0 : equity / deployment.startingEquity() - 1;
        return new PortfolioValuation(holdings, cash, equity, holdingsValue, unrealized, fees, volume, netProfit,
                totalReturn);
    }

    private static HoldingValuation value(Position position, double price) {
        double quantity = position.quantity();
        double cost = quantity * position.averagePrice();
        double unrealized = quantity * price - cost;
        double unrealizedPercent = cost == 0 ? 0 : unrealized / Math.abs(cost) * 100;
        return new HoldingValuation(position.security(), position.averagePrice(), quantity, price, quantity * price,
                unrealized, unrealizedPercent);
    }
}
