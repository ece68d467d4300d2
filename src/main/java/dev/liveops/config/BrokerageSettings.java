package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.liveops.secret.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A brokerage's settings as QuantConnect names them ({@code ib-account}, {@code ib-password}, ...). Those whose name
 * looks like a credential (password, passphrase, secret, token, key) are held as {@link Secret}s, so printing a
 * profile never shows them.
 *
 * @param plain   settings that are not credentials
 * @param secrets credentials
 */
public record BrokerageSettings(Map<String, String> plain, Map<String, Secret> secrets) {
    public static final BrokerageSettings NONE = new BrokerageSettings(Map.of(), Map.of());

    public BrokerageSettings {
        plain = Copies.map(plain);
        secrets = Copies.map(secrets);
        for (String name : plain.keySet()) {
            if (secrets.containsKey(name)) {
                throw new IllegalArgumentException("setting " + name + " is both plain and secret");
            }
        }
    }

    /** Sorts settings by name into plain ones and credentials, as the config file's settings object is read. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BrokerageSettings of(Map<String, String> settings) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, Secret> secrets = new LinkedHashMap<>();
        Copies.map(settings).forEach((name, value) -> {
            if (SecretFields.isCredentialSetting(name)) {
                secrets.put(name, Secret.of(value));
            } else {
                plain.put(name, value);
            }
        });
        return new BrokerageSettings(plain, secrets);
    }

    /** All settings with credentials in clear, for the one call that sends them to QuantConnect. */
    public Map<String, String> revealAll() {
        Map<String, String> all = new LinkedHashMap<>(plain);
        secrets.forEach((name, secret) -> all.put(name, secret.reveal()));
        return Collections.unmodifiableMap(all);
    }
}
