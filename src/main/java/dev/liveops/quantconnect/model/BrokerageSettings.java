package dev.liveops.quantconnect.model;

import dev.liveops.secret.Secret;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brokerage object of {@code live/create}: QuantConnect's brokerage id plus its hyphenated keys
 * ({@code ib-user-name}, {@code ib-password}, ...). Every value is a {@link Secret}, so printing this shows none.
 */
public record BrokerageSettings(String id, Map<String, Secret> settings, List<CashAmount> cash) {
    public BrokerageSettings {
        Objects.requireNonNull(id, "id");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        cash = cash == null ? List.of() : List.copyOf(cash);
    }

    /** QuantConnect's paper brokerage with no extra settings. */
    public static BrokerageSettings paper() {
        return new BrokerageSettings("QuantConnectBrokerage", Map.of(), List.of());
    }
}
