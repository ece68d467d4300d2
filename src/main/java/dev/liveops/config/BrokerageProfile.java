package dev.liveops.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One way to deploy live: a QuantConnect brokerage and its settings.
 *
 * @param id            the QuantConnect brokerage id, e.g. {@code InteractiveBrokersBrokerage}
 * @param settings      the brokerage settings, credentials kept as secrets
 * @param cash          starting cash, for brokerages that do not report it; may be empty
 * @param dataProviders ids of the live data providers; empty for QuantConnect's own feed
 */
public record BrokerageProfile(String id, BrokerageSettings settings, List<Cash> cash, List<String> dataProviders) {

    public BrokerageProfile {
        Objects.requireNonNull(id, "id");
        settings = settings == null ? BrokerageSettings.NONE : settings;
        cash = Copies.list(cash);
        dataProviders = Copies.list(dataProviders);
    }

    /** An amount of one currency, e.g. 100000 USD. */
    public record Cash(String currency, BigDecimal amount) {
        public Cash {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
