package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which fields hold secrets, and the rule that a secret is written as exactly one {@code ${ENV_VAR}} reference: a file
 * that can be committed, pasted into a chat or attached to an issue must never contain a credential.
 */
final class SecretFields {
    private static final Pattern REFERENCE_ONLY = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    private static final Pattern CREDENTIAL_KEY = Pattern.compile("password|passphrase|secret|token|key");
    /** A PostgreSQL URL may carry the login as parameters; the password belongs in store.password instead. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&]password=");
    private static final JsonNodePath STORE_URL = ConfigPaths.of("store", "url");

    /** The fixed secret fields, with the variable name the message suggests. */
    private static final Map<JsonNodePath, String> FIXED = fixed();

    private SecretFields() {
    }

    private static Map<JsonNodePath, String> fixed() {
        Map<JsonNodePath, String> fields = new LinkedHashMap<>();
        fields.put(ConfigPaths.of("quantconnect", "apiToken"), "QC_API_TOKEN");
        fields.put(ConfigPaths.of("discord", "token"), "DISCORD_TOKEN");
        fields.put(ConfigPaths.of("slack", "botToken"), "SLACK_BOT_TOKEN");
        fields.put(ConfigPaths.of("slack", "appToken"), "SLACK_APP_TOKEN");
        fields.put(ConfigPaths.of("slack", "signingSecret"), "SLACK_SIGNING_SECRET");
        // The database login: the user too, so that a config names no account that its password would open.
        fields.put(ConfigPaths.of("store", "user"), "LIVEOPS_DB_USER");
        fields.put(ConfigPaths.of("store", "password"), "LIVEOPS_DB_PASSWORD");
        return Collections.unmodifiableMap(fields); // file order: the checks run, and report, top to bottom
    }

    /** A brokerage setting is a credential when its name says so: "ib-password", "binance-api-key", ... */
    static boolean isCredentialSetting(String settingName) {
        return CREDENTIAL_KEY.matcher(settingName.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Problems for secret fields whose value is not wholly one {@code ${ENV_VAR}} reference. Works on the file as
     * written (before variables are resolved) and never quotes the value.
     */
    static List<ConfigProblem> literals(JsonNode root) {
        List<ConfigProblem> problems = new ArrayList<>();
        FIXED.forEach((path, variable) -> check(root, path, variable, problems));
        JsonNode url = at(root, STORE_URL);
        if (url != null && url.isTextual() && PASSWORD_PARAMETER.matcher(url.textValue()).find()) {
            problems.add(new ConfigProblem(STORE_URL.toString(), "must not hold the password; put it in"
                    + " store.password as an ${ENV_VAR} reference, e.g. \"${LIVEOPS_DB_PASSWORD}\""));
        }
        root.path("brokerages").properties().forEach(profile -> {
            for (String setting : keys(profile.getValue().path("settings"))) {
                if (isCredentialSetting(setting)) {
                    JsonNodePath path = ConfigPaths.of("brokerages", profile.getKey(), "settings", setting);
                    String variable = setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
                    check(root, path, variable, problems);
                }
            }
        });
        return problems;
    }

    private static void check(JsonNode root, JsonNodePath path, String variable, List<ConfigProblem> problems) {
        JsonNode value = at(root, path);
        // Objects, lists and null are left to the schema's type check; any scalar that is not a reference is a literal.
        boolean literal = value != null && value.isValueNode() && !value.isNull()
                && !(value.isTextual() && REFERENCE_ONLY.matcher(value.textValue()).matches());
        if (literal) {
            problems.add(new ConfigProblem(path.toString(), "must be an ${ENV_VAR} reference so the secret stays out"
                    + " of the file, e.g. \"${" + variable + "}\""));
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode at(JsonNode root, JsonNodePath path) {
        JsonNode node = root;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            node = node.isObject() ? node.get(path.getName(i)) : null;
        }
        return node;
    }
}
