package dev.liveops.quantconnect.model;

import java.math.BigDecimal;

/** Cash held in one currency, with its value in the account currency. */
public record CashBalance(
        String currency,
        BigDecimal amount,
        BigDecimal conversionRate,
        String currencySymbol,
        BigDecimal valueInAccountCurrency) {
}
