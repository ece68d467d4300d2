package dev.liveops.quantconnect.model;

import dev.liveops.secret.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brokerage object of {@code live/create}: QuantConnect's brokerage id plus its hyphenated keys
 * ({@code ib-user-name}, {@code ib-password}, ...), and the data providers the deployment is fed by, in order of
 * precedence. Every value is a {@link Secret}, so printing this shows none.
 */
public record BrokerageSettings(String id, Map<String, Secret> settings, List<CashAmount> cash,
                                List<String> dataProviders) {
    /** QuantConnect's own data feed: the spec's default, used when a profile names no provider. */
    public static final String QUANTCONNECT_FEED = "QuantConnectBrokerage";

    public BrokerageSettings {
        Objects.requireNonNull(id, "id");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        cash = cash == null ? List.of() : List.copyOf(cash);
        dataProviders = dataProviders == null || dataProviders.isEmpty()
                ? List.of(QUANTCONNECT_FEED) : List.copyOf(dataProviders);
    }

    /** Fed by QuantConnect's own data. */
    public BrokerageSettings(String id, Map<String, Secret> settings, List<CashAmount> cash) {
        this(id, settings, cash, List.of());
    }

    /** QuantConnect's paper brokerage with no extra settings. */
    public static BrokerageSettings paper() {
        return new BrokerageSettings("QuantConnectBrokerage", Map.of(), List.of());
    }
}
