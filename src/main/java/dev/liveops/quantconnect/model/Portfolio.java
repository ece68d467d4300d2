package dev.liveops.quantconnect.model;

import java.math.BigDecimal;
import java.util.List;

/** A live portfolio snapshot (QuantConnect refreshes it about every ten minutes). */
public record Portfolio(List<Holding> holdings, List<CashBalance> cash) {
    public Portfolio {
        holdings = List.copyOf(holdings);
        cash = List.copyOf(cash);
    }

    /** The positions that are actually open. */
    public List<Holding> openHoldings() {
        return holdings.stream().filter(holding -> holding.quantity().signum() != 0).toList();
    }

    /** Market value of the open positions, in the account currency. */
    public BigDecimal holdingsValue() {
        return openHoldings().stream().map(Holding::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
