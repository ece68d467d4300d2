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

    /**
     * The symbol of the account currency ("$"), which LEAN marks by a conversion rate of exactly 1; empty when the
     * snapshot does not tell, and amounts are then written without a symbol rather than with a guessed one.
     */
    public String accountCurrencySymbol() {
        List<CashBalance> account = cash.stream().filter(balance -> balance.conversionRate() != null
                && balance.conversionRate().compareTo(BigDecimal.ONE) == 0 && balance.currencySymbol() != null).toList();
        return account.size() == 1 ? account.get(0).currencySymbol() : "";
    }

    /** Market value of the open positions, in the account currency. */
    public BigDecimal holdingsValue() {
        return openHoldings().stream().map(Holding::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
