package dev.liveops.config;

import static dev.liveops.config.TestConfigs.ENV;
import static dev.liveops.config.TestConfigs.MINIMAL;
import static dev.liveops.config.TestConfigs.with;
import static dev.liveops.config.TestConfigs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.liveops.secret.Secret;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a user sees for each kind of config file: the loaded config, or the exact lines of the report. */
class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(ENV);

    /** The report lines for a config that must not load. */
    private static List<String> problemsOf(ConfigLoader loader, String json) {
        try {
            BotConfig config = loader.parse(json, "bot-config.json");
            return fail("expected problems, but the config loaded: " + config);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    private List<String> problemsOf(String json) {
        return problemsOf(loader, json);
    }

    private static Map<String, String> envWith(String name, String value) {
        Map<String, String> env = new HashMap<>(ENV);
        env.put(name, value);
        return env;
    }

    @Nested
    class TheExampleFile {
        private static final Path EXAMPLE = Path.of("bot-config.example.json");

        @Test
        void loadsWhenEveryVariableIsSet() {
            BotConfig config = loader.load(EXAMPLE);

            QuantConnectConfig quantconnect = config.quantconnect();
            assertThat(quantconnect.userId()).isEqualTo("123456");
            assertThat(quantconnect.apiToken().reveal()).isEqualTo("qc-token-value-0001");
            assertThat(quantconnect.organizationId()).contains("5cad178b20a1d52567b534553413b691");
            assertThat(quantconnect.timeouts()).isEqualTo(new QuantConnectConfig.Timeouts(10, 30, 60));

            assertThat(config.brokerages()).containsOnlyKeys("paper", "ib-live", "tradier", "binance");
            assertThat(config.defaultBrokerage()).contains("paper");
            assertThat(config.defaultBrokerageProfile()).map(BrokerageProfile::id).contains("QuantConnectBrokerage");
            BrokerageProfile ib = config.brokerages().get("ib-live");
            assertThat(ib.id()).isEqualTo("InteractiveBrokersBrokerage");
            assertThat(ib.settings().secrets()).containsOnlyKeys("ib-password");
            assertThat(ib.settings().plain()).containsEntry("ib-account", "U1234567").doesNotContainKey("ib-password");
            assertThat(ib.settings().revealAll()).containsEntry("ib-password", "ib-password-value-0002");
            assertThat(ib.dataProviders()).containsExactly("QuantConnectBrokerage");
            BrokerageProfile binance = config.brokerages().get("binance");
            assertThat(binance.settings().secrets()).containsOnlyKeys("binance-api-key", "binance-api-secret");
            assertThat(binance.cash()).singleElement().satisfies(cash -> {
                assertThat(cash.currency()).isEqualTo("USDT");
                assertThat(cash.amount()).isEqualByComparingTo(new BigDecimal("2500.50"));
            });
            assertThat(config.brokerages().get("tradier").settings().secrets()).containsOnlyKeys("tradier-access-token");

            assertThat(config.store().url()).isEqualTo("jdbc:sqlite:data/liveops.db");
            assertThat(config.actions()).isEqualTo(new ActionsConfig(120, 900, List.of("liquidate", "deploy")));
            assertThat(config.discord()).hasValueSatisfying(discord -> {
                assertThat(discord.token().reveal()).isEqualTo("discord-token-value-0006");
                assertThat(discord.guildIds()).containsExactly("112233445566778899");
                assertThat(discord.ephemeralReads()).isTrue();
                assertThat(discord.allowDirectMessages()).isFalse();
            });
            assertThat(config.slack()).hasValueSatisfying(slack -> {
                assertThat(slack.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
                assertThat(slack.botToken().reveal()).isEqualTo("slack-bot-value-0007");
                assertThat(slack.appToken()).map(Secret::reveal).contains("xapp-slack-app-value-0008");
                assertThat(slack.signingSecret()).isEmpty();
            });

            AccessConfig access = config.access();
            assertThat(access.roles()).containsOnlyKeys("risk");
            assertThat(access.roles().get("risk").inherits()).containsExactly("viewer");
            assertThat(access.roles().get("risk").projects()).containsExactly("prod-*");
            assertThat(access.users()).extracting(AccessConfig.User::name).containsExactly("alice", "bob");
            assertThat(access.users().get(0).consoleUser()).contains("alice");
            assertThat(access.users().get(1).consoleUser()).isEmpty();
            assertThat(access.discordRoles()).containsEntry("445566778899001122", List.of("viewer"));
            assertThat(access.slackUserGroups()).containsEntry("S0789IJKL", List.of("viewer"));
        }

        @Test
        void holdsNoSecretItself_everySecretIsAVariable() {
            ConfigLoader noEnvironment = new ConfigLoader(Map.of());

            assertThatThrownBy(() -> noEnvironment.load(EXAMPLE))
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                            .extracting(ConfigProblem::toString).containsExactly(
                                    "$.quantconnect.apiToken: environment variable QC_API_TOKEN is not set",
                                    "$.brokerages['ib-live'].settings['ib-password']: environment variable IB_PASSWORD is not set",
                                    "$.brokerages.tradier.settings['tradier-access-token']: environment variable TRADIER_ACCESS_TOKEN is not set",
                                    "$.brokerages.binance.settings['binance-api-key']: environment variable BINANCE_API_KEY is not set",
                                    "$.brokerages.binance.settings['binance-api-secret']: environment variable BINANCE_API_SECRET is not set",
                                    "$.discord.token: environment variable DISCORD_TOKEN is not set",
                                    "$.slack.botToken: environment variable SLACK_BOT_TOKEN is not set",
                                    "$.slack.appToken: environment variable SLACK_APP_TOKEN is not set"));
        }

        @Test
        void printsNoSecretWhenTheWholeConfigIsPrinted() {
            String printed = loader.load(EXAMPLE).toString();

            assertThat(printed).contains("apiToken=****", "ib-password=****", "token=****");
            ENV.values().forEach(secret -> assertThat(printed).doesNotContain(secret));
        }
    }

    @Nested
    class Defaults {
        @Test
        void applyToEveryOptionalKeyAndMatchTheJavaConstants() {
            BotConfig config = loader.parse(MINIMAL, "bot-config.json");

            assertThat(config.quantconnect().baseUrl()).isEqualTo(QuantConnectConfig.DEFAULT_BASE_URL)
                    .isEqualTo("https://www.quantconnect.com/api/v2");
            assertThat(config.quantconnect().timeouts()).isEqualTo(QuantConnectConfig.Timeouts.DEFAULT)
                    .isEqualTo(new QuantConnectConfig.Timeouts(10, 30, 60));
            assertThat(config.quantconnect().organizationId()).isEmpty();
            assertThat(config.store().url()).isEqualTo(StoreConfig.DEFAULT_URL).isEqualTo("jdbc:sqlite:data/liveops.db");
            assertThat(config.brokerages()).isEmpty();
            assertThat(config.defaultBrokerage()).isEmpty();
            assertThat(config.discord()).isEmpty();
            assertThat(config.slack()).isEmpty();
            assertThat(config.access()).isEqualTo(new AccessConfig(Map.of(), List.of(), Map.of(), Map.of()));
            assertThat(config.logging()).isEqualTo(LoggingConfig.DEFAULT)
                    .isEqualTo(new LoggingConfig(LoggingConfig.Format.TEXT));
        }

        @Test
        void fillNestedSectionsToo() {
            String json = with(with(with(MINIMAL,
                    "/discord", "{\"token\": \"${DISCORD_TOKEN}\"}"),
                    "/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"http\", \"signingSecret\": \"${SLACK_SIGNING_SECRET}\"}"),
                    "/access", "{\"roles\": {\"ops\": {\"permissions\": [\"read\"]}}, \"users\": [{\"name\": \"ann\"}]}");

            BotConfig config = loader.parse(json, "bot-config.json");

            assertThat(config.discord()).hasValueSatisfying(discord -> {
                assertThat(discord.guildIds()).isEmpty();
                assertThat(discord.ephemeralReads()).isTrue();
                assertThat(discord.allowDirectMessages()).isFalse();
                assertThat(discord.apiUrl()).isEqualTo(DiscordConfig.DISCORD_API)
                        .isEqualTo("https://discord.com/api/v10/");
                assertThat(discord.gatewayUrl()).isEqualTo(DiscordConfig.DISCORD_GATEWAY)
                        .isEqualTo("wss://gateway.discord.gg/");
            });
            assertThat(config.slack()).map(SlackSettings::http).contains(SlackSettings.Http.DEFAULT)
                    .contains(new SlackSettings.Http(3000, "/slack/events"));
            assertThat(config.slack()).map(SlackSettings::apiUrl).contains(SlackSettings.SLACK_API)
                    .contains("https://slack.com/api/");
            assertThat(config.access().roles().get("ops"))
                    .isEqualTo(new AccessConfig.Role(List.of("read"), List.of(), List.of("*")));
            assertThat(config.access().users()).containsExactly(
                    new AccessConfig.User("ann", List.of(), List.of(), List.of(), Optional.empty()));
        }

        @Test
        void slackAndDiscordAddressesCanBeSetAndEndInASlash() {
            String json = with(with(MINIMAL,
                    "/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"apiUrl\": \"http://127.0.0.1:4000/api/v10\","
                            + " \"gatewayUrl\": \"ws://127.0.0.1:4000/gateway\"}"),
                    "/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"http\", \"signingSecret\":"
                            + " \"${SLACK_SIGNING_SECRET}\", \"apiUrl\": \"https://slack.example.gov/api\"}");

            BotConfig config = loader.parse(json, "bot-config.json");

            assertThat(config.discord().orElseThrow().apiUrl()).isEqualTo("http://127.0.0.1:4000/api/v10/");
            assertThat(config.discord().orElseThrow().gatewayUrl()).isEqualTo("ws://127.0.0.1:4000/gateway");
            assertThat(config.slack().orElseThrow().apiUrl()).isEqualTo("https://slack.example.gov/api/");
        }

        @Test
        void aSingleProfileIsTheDefaultBrokerage_severalNeedOneNamed() {
            String one = with("/brokerages", "{\"paper\": {\"id\": \"QuantConnectBrokerage\"}}");
            String two = with(one, "/brokerages/ib", "{\"id\": \"InteractiveBrokersBrokerage\"}");

            assertThat(loader.parse(one, "bot-config.json").defaultBrokerage()).contains("paper");
            assertThat(loader.parse(two, "bot-config.json").defaultBrokerage()).isEmpty();
        }
    }

    @Nested
    class EnvironmentVariables {
        @Test
        void aMissingVariableIsNamedWithThePathThatReferencesIt() {
            ConfigLoader noToken = new ConfigLoader(Map.of());

            assertThat(problemsOf(noToken, MINIMAL))
                    .containsExactly("$.quantconnect.apiToken: environment variable QC_API_TOKEN is not set");
        }

        @Test
        void anEmptyVariableIsAProblemToo() {
            assertThat(problemsOf(new ConfigLoader(envWith("QC_API_TOKEN", " ")), MINIMAL))
                    .containsExactly("$.quantconnect.apiToken: environment variable QC_API_TOKEN is empty");
        }

        @Test
        void resolveInsideAnyStringIncludingListItems() {
            String json = with(with(MINIMAL, "/store/url", "\"jdbc:sqlite:${DATA_DIR}/liveops.db\""),
                    "/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"guildIds\": [\"${GUILD_ID}\"]}");
            Map<String, String> env = envWith("DATA_DIR", "/var/lib/liveops");
            env.put("GUILD_ID", "998877665544332211");

            BotConfig config = new ConfigLoader(env).parse(json, "bot-config.json");

            assertThat(config.store().url()).isEqualTo("jdbc:sqlite:/var/lib/liveops/liveops.db");
            assertThat(config.discord()).map(DiscordConfig::guildIds).contains(List.of("998877665544332211"));
        }

        @Test
        void anUnresolvedValueIsNotTypeChecked_aResolvedOneIs() {
            String json = with("/quantconnect/timeouts/readSeconds", "\"${READ_SECONDS}\"");

            assertThat(problemsOf(json)).containsExactly(
                    "$.quantconnect.timeouts.readSeconds: environment variable READ_SECONDS is not set");
            // Values from the environment are strings: a number field cannot take one.
            assertThat(problemsOf(new ConfigLoader(envWith("READ_SECONDS", "30")), json)).containsExactly(
                    "$.quantconnect.timeouts.readSeconds: expected an integer but found a string");
        }

        @Test
        void aValueFromTheEnvironmentIsNotResolvedAgain() {
            String json = with("/store/url", "\"${DB_URL}\"");

            BotConfig config = new ConfigLoader(envWith("DB_URL", "jdbc:sqlite:${HOME}/x.db")).parse(json, "x");

            assertThat(config.store().url()).isEqualTo("jdbc:sqlite:${HOME}/x.db");
        }

        static Stream<Arguments> malformedReferences() {
            return Stream.of(
                    arguments("\"${QC USER}\"", "$.quantconnect.userId: contains a malformed ${...} reference: a variable"
                            + " name has only letters, digits and underscores, and does not start with a digit"),
                    arguments("\"${1ST}\"", "$.quantconnect.userId: contains a malformed ${...} reference: a variable"
                            + " name has only letters, digits and underscores, and does not start with a digit"),
                    arguments("\"${QC_USER_ID\"", "$.quantconnect.userId: contains \"${\" without a closing \"}\""));
        }

        @ParameterizedTest
        @MethodSource("malformedReferences")
        void aMalformedReferenceIsReported(String value, String expected) {
            assertThat(problemsOf(with("/quantconnect/userId", value))).containsExactly(expected);
        }
    }

    @Nested
    class UnknownKeys {
        static Stream<Arguments> typos() {
            return Stream.of(
                    arguments("/quantconect", "{}", "$.quantconect: unknown key; did you mean \"quantconnect\"?"),
                    arguments("/quantconnect/apiTokn", "\"${QC_API_TOKEN}\"",
                            "$.quantconnect.apiTokn: unknown key; did you mean \"apiToken\"?"),
                    arguments("/quantconnect/timeouts/readSecs", "5",
                            "$.quantconnect.timeouts.readSecs: unknown key; did you mean \"readSeconds\"?"),
                    arguments("/store/URL", "\"jdbc:sqlite:x.db\"", "$.store.URL: unknown key; did you mean \"url\"?"),
                    arguments("/defaultBrokerge", "\"paper\"",
                            "$.defaultBrokerge: unknown key; did you mean \"defaultBrokerage\"?"),
                    arguments("/colour", "\"blue\"", "$.colour: unknown key; the keys allowed here are: quantconnect,"
                            + " brokerages, defaultBrokerage, store, actions, notifications, discord, slack, ops,"
                            + " access, logging, limits, commands"));
        }

        @ParameterizedTest
        @MethodSource("typos")
        void areReportedWithTheirPathAndAGuess(String pointer, String value, String expected) {
            assertThat(problemsOf(with(pointer, value))).containsExactly(expected);
        }

        @Test
        void areFoundInListsAndMapsToo() {
            String json = with(with(MINIMAL,
                    "/access/users", "[{\"name\": \"ann\", \"rolse\": [\"viewer\"]}]"),
                    "/brokerages", "{\"paper\": {\"id\": \"QuantConnectBrokerage\", \"setings\": {}}}");

            assertThat(problemsOf(json)).containsExactly(
                    "$.access.users[0].rolse: unknown key; did you mean \"roles\"?",
                    "$.brokerages.paper.setings: unknown key; did you mean \"settings\"?");
        }
    }

    @Nested
    class WrongValues {
        static Stream<Arguments> wrongValues() {
            return Stream.of(
                    // types
                    arguments("/quantconnect/timeouts/readSeconds", "\"30\"",
                            "$.quantconnect.timeouts.readSeconds: expected an integer but found a string"),
                    arguments("/quantconnect/timeouts/connectSeconds", "2.5",
                            "$.quantconnect.timeouts.connectSeconds: expected an integer but found a decimal number"),
                    arguments("/quantconnect/userId", "123456",
                            "$.quantconnect.userId: expected a string but found an integer"),
                    arguments("/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"ephemeralReads\": \"yes\"}",
                            "$.discord.ephemeralReads: expected true or false but found a string"),
                    arguments("/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"guildIds\": \"123\"}",
                            "$.discord.guildIds: expected a list but found a string"),
                    arguments("/brokerages", "[]", "$.brokerages: expected an object but found a list"),
                    arguments("/store", "null", "$.store: expected an object but found null"),
                    // formats, ranges, choices
                    arguments("/quantconnect/userId", "\"12ab\"",
                            "$.quantconnect.userId: must be a string of digits, e.g. \"123456\""),
                    arguments("/quantconnect/baseUrl", "\"www.quantconnect.com\"",
                            "$.quantconnect.baseUrl: must be a URL starting with https:// or http://"),
                    arguments("/quantconnect/timeouts/readSeconds", "0",
                            "$.quantconnect.timeouts.readSeconds: must be at least 1"),
                    arguments("/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"sockets\"}",
                            "$.slack.mode: must be one of: \"socket\", \"http\"; did you mean \"socket\"?"),
                    arguments("/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"http\","
                                    + " \"signingSecret\": \"${SLACK_SIGNING_SECRET}\", \"http\": {\"port\": 70000}}",
                            "$.slack.http.port: must be at most 65535"),
                    arguments("/brokerages", "{\"Paper\": {\"id\": \"QuantConnectBrokerage\"}}",
                            "$.brokerages.Paper: this key must start with a lower case letter and hold only lower"
                                    + " case letters, digits, '-' and '_'"),
                    arguments("/brokerages", "{\"ib\": {\"id\": \"InteractiveBrokers\"}}",
                            "$.brokerages.ib.id: must be a QuantConnect brokerage id: a name ending in Brokerage,"
                                    + " such as QuantConnectBrokerage or InteractiveBrokersBrokerage"),
                    arguments("/brokerages", "{\"ib\": {\"id\": \"InteractiveBrokersBrokerage\","
                                    + " \"settings\": {\"ib_account\": \"U1\"}}}",
                            "$.brokerages.ib.settings.ib_account: this key must be a setting name as QuantConnect"
                                    + " writes it: lower case words joined by '-', e.g. ib-account"),
                    arguments("/access/roles", "{\"ops\": {\"permissions\": [\"read\", \"deplyo\"]}}",
                            "$.access.roles.ops.permissions[1]: must be one of: \"list\", \"read\", \"portfolio\","
                                    + " \"orders\", \"logs\", \"deploy\", \"stop\", \"liquidate\", \"subscribe\","
                                    + " \"unsubscribe\", \"subscriptions\", \"audit\", \"whoami\", \"help\","
                                    + " \"pnl\", \"digest\", \"insights\", \"broadcast\";"
                                    + " did you mean \"deploy\"?"),
                    arguments("/brokerages/paper", "{\"id\": \"QuantConnectBrokerage\", \"cash\": [{\"currency\":"
                                    + " \"USD\", \"amount\": -5}]}",
                            "$.brokerages.paper.cash[0].amount: must be at least 0"),
                    arguments("/access/roles", "{\"ops\": {\"permissions\": [\"read\"], \"projects\": []}}",
                            "$.access.roles.ops.projects: must list at least one item"),
                    arguments("/access/discordRoles", "{\"admins\": [\"admin\"]}",
                            "$.access.discordRoles.admins: this key must be a Discord role id: a string of digits"),
                    arguments("/access/users", "[{\"name\": \"ann\", \"slackUserIds\": [\"U1\", \"U1\"]}]",
                            "$.access.users[0].slackUserIds: lists the same value more than once"),
                    arguments("/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"http\", \"signingSecret\":"
                                    + " \"${SLACK_SIGNING_SECRET}\", \"apiUrl\": \"slack.com/api\"}",
                            "$.slack.apiUrl: must be a URL starting with https:// or http://"),
                    arguments("/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"apiUrl\": \"ftp://discord.com/api\"}",
                            "$.discord.apiUrl: must be a URL starting with https:// or http://"),
                    arguments("/discord", "{\"token\": \"${DISCORD_TOKEN}\", \"gatewayUrl\": \"https://gateway.discord.gg\"}",
                            "$.discord.gatewayUrl: must be a URL starting with wss:// or ws://"));
        }

        @ParameterizedTest
        @MethodSource("wrongValues")
        void areReportedAsPlainSentences(String pointer, String value, String expected) {
            assertThat(problemsOf(with(pointer, value))).containsExactly(expected);
        }
    }

    @Nested
    class MissingKeys {
        static Stream<Arguments> missing() {
            String slack = "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"%s\"}";
            return Stream.of(
                    arguments("{}", "$.quantconnect: required key is missing"),
                    arguments(without(MINIMAL, "/quantconnect/userId"), "$.quantconnect.userId: required key is missing"),
                    arguments(with("/brokerages/paper", "{\"settings\": {}}"),
                            "$.brokerages.paper.id: required key is missing"),
                    arguments(with("/discord", "{\"guildIds\": []}"), "$.discord.token: required key is missing"),
                    arguments(with("/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\"}"),
                            "$.slack.mode: required key is missing"),
                    arguments(with("/slack", slack.formatted("socket")),
                            "$.slack.appToken: required key is missing (needed when mode is \"socket\")"),
                    arguments(with("/slack", slack.formatted("http")),
                            "$.slack.signingSecret: required key is missing (needed when mode is \"http\")"),
                    arguments(with("/access/roles/ops", "{\"projects\": [\"*\"]}"),
                            "$.access.roles.ops.permissions: required key is missing"),
                    arguments(with("/access/users", "[{\"roles\": [\"viewer\"]}]"),
                            "$.access.users[0].name: required key is missing"));
        }

        @ParameterizedTest
        @MethodSource("missing")
        void areReportedAtThePathWhereTheyBelong(String json, String expected) {
            assertThat(problemsOf(json)).containsExactly(expected);
        }
    }

    @Nested
    class LiteralSecrets {
        static Stream<Arguments> secretFields() {
            return Stream.of(
                    arguments("/quantconnect/apiToken", "$.quantconnect.apiToken", "QC_API_TOKEN"),
                    arguments("/discord/token", "$.discord.token", "DISCORD_TOKEN"),
                    arguments("/slack/botToken", "$.slack.botToken", "SLACK_BOT_TOKEN"),
                    arguments("/slack/appToken", "$.slack.appToken", "SLACK_APP_TOKEN"),
                    arguments("/slack/signingSecret", "$.slack.signingSecret", "SLACK_SIGNING_SECRET"),
                    arguments("/store/user", "$.store.user", "LIVEOPS_DB_USER"),
                    arguments("/store/password", "$.store.password", "LIVEOPS_DB_PASSWORD"),
                    arguments("/brokerages/ib/settings/ib-password", "$.brokerages.ib.settings['ib-password']",
                            "IB_PASSWORD"),
                    arguments("/brokerages/ib/settings/tradier-access-token",
                            "$.brokerages.ib.settings['tradier-access-token']", "TRADIER_ACCESS_TOKEN"),
                    arguments("/brokerages/ib/settings/binance-api-secret",
                            "$.brokerages.ib.settings['binance-api-secret']", "BINANCE_API_SECRET"),
                    arguments("/brokerages/ib/settings/binance-api-key",
                            "$.brokerages.ib.settings['binance-api-key']", "BINANCE_API_KEY"),
                    arguments("/brokerages/ib/settings/coinbase-passphrase",
                            "$.brokerages.ib.settings['coinbase-passphrase']", "COINBASE_PASSPHRASE"));
        }

        /** A valid file with every secret field present, each as a reference. */
        private static final String ALL_SECRETS = with(with(with(MINIMAL,
                "/discord", "{\"token\": \"${DISCORD_TOKEN}\"}"),
                "/slack", "{\"botToken\": \"${SLACK_BOT_TOKEN}\", \"mode\": \"socket\", \"appToken\": \"${SLACK_APP_TOKEN}\","
                        + " \"signingSecret\": \"${SLACK_SIGNING_SECRET}\"}"),
                "/brokerages/ib", "{\"id\": \"InteractiveBrokersBrokerage\", \"settings\": {\"ib-account\": \"U1\"}}");

        @ParameterizedTest
        @MethodSource("secretFields")
        void areRefusedWithoutRepeatingTheValue(String pointer, String path, String variable) {
            String json = with(ALL_SECRETS, pointer, "\"hunter2-literal\"");

            ConfigException e = catchConfigException(json);

            assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly(path + ": must be an"
                    + " ${ENV_VAR} reference so the secret stays out of the file, e.g. \"${" + variable + "}\"");
            assertThat(e.getMessage()).doesNotContain("hunter2");
        }

        @Test
        void aPostgresStoreTakesItsLoginFromTheEnvironment() {
            String json = with(with(with(MINIMAL, "/store/url", "\"jdbc:postgresql://db.internal:5432/liveops\""),
                    "/store/user", "\"${LIVEOPS_DB_USER}\""), "/store/password", "\"${LIVEOPS_DB_PASSWORD}\"");
            Map<String, String> env = new HashMap<>(envWith("LIVEOPS_DB_USER", "liveops"));
            env.put("LIVEOPS_DB_PASSWORD", "hunter2-from-env");

            BotConfig config = new ConfigLoader(env).parse(json, "x");

            assertThat(config.store().url()).isEqualTo("jdbc:postgresql://db.internal:5432/liveops");
            assertThat(config.store().user()).contains("liveops");
            assertThat(config.store().password()).hasValueSatisfying(secret -> {
                assertThat(secret.reveal()).isEqualTo("hunter2-from-env");
                assertThat(secret).hasToString("****");
            });
        }

        @Test
        void aPasswordInTheStoreUrlIsRefusedWithoutRepeatingIt() {
            ConfigException e = catchConfigException(with("/store/url",
                    "\"jdbc:postgresql://db:5432/liveops?user=liveops&password=hunter2-literal\""));

            assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly("$.store.url: must not hold"
                    + " the password; put it in store.password as an ${ENV_VAR} reference, e.g."
                    + " \"${LIVEOPS_DB_PASSWORD}\"");
            assertThat(e.getMessage()).doesNotContain("hunter2");
        }

        @Test
        void aFileWithEverySecretAsAReferenceLoads() {
            BotConfig config = new ConfigLoader(envWith("COINBASE_PASSPHRASE", "x")).parse(ALL_SECRETS, "x");

            assertThat(config.brokerages().get("ib").settings().plain()).containsOnlyKeys("ib-account");
        }

        static Stream<String> notWhollyAReference() {
            return Stream.of("\"Bearer ${QC_API_TOKEN}\"", "\"${QC_API_TOKEN}${QC_API_TOKEN}\"", "\"$QC_API_TOKEN\"",
                    "\"\"", "123456789", "true");
        }

        @ParameterizedTest
        @MethodSource("notWhollyAReference")
        void mustBeWhollyOneReference(String value) {
            ConfigException e = catchConfigException(with("/quantconnect/apiToken", value));

            assertThat(e.problems()).extracting(ConfigProblem::toString).containsExactly("$.quantconnect.apiToken:"
                    + " must be an ${ENV_VAR} reference so the secret stays out of the file, e.g. \"${QC_API_TOKEN}\"");
            assertThat(e.getMessage()).doesNotContain("123456789");
        }

        @Test
        void aSecretOfTheWrongTypeIsReportedWithoutItsValue() {
            List<String> problems = problemsOf(with("/quantconnect/apiToken", "{\"value\": \"hunter2-literal\"}"));

            assertThat(problems).containsExactly("$.quantconnect.apiToken: expected a string but found an object");
        }

        private ConfigException catchConfigException(String json) {
            try {
                loader.parse(json, "bot-config.json");
            } catch (ConfigException e) {
                return e;
            }
            return fail("expected a ConfigException");
        }
    }

    @Nested
    class MalformedJson {
        static Stream<Arguments> malformed() {
            return Stream.of(
                    arguments("{\n  \"quantconnect\": {},\n}", "$: not valid JSON at line 3, column 1: expected a key in"
                            + " double quotes but found '}' (remove the comma after the last entry)"),
                    arguments("{\n  \"store\": {}\n  \"access\": {}\n}", "$: not valid JSON at line 3, column 3: expected"
                            + " a comma between two entries (is one missing at the end of the previous line?)"),
                    arguments("{\n  \"quantconnect\": {\"apiToken\": hunter2}\n}", "$: not valid JSON at line 2,"
                            + " column 32: found a word that is not a JSON value; text must be in double quotes, and"
                            + " only true, false and null are written without them"),
                    arguments("{\n  // the token\n  \"store\": {}\n}", "$: not valid JSON at line 2, column 3: JSON does"
                            + " not allow comments (each key is documented in bot-config.schema.json)"),
                    arguments("{\"store\": {}, \"store\": {}}", "$: not valid JSON at line 1, column 22: the key \"store\""
                            + " appears twice in the same object"),
                    arguments("{\"access\": {\"users\": [}}", "$: not valid JSON at line 1, column 23: found '}' where"
                            + " ']' should close the open list"),
                    arguments("{\"quantconnect\": {", "$: not valid JSON at line 1, column 19: the file ends before"
                            + " every '{' and '[' is closed"),
                    arguments("{\"store\": {\"url\": \"jdbc:sqlite:x}}", "$: not valid JSON at line 1, column 35: the"
                            + " file ends inside a text value (a closing double quote is missing)"),
                    arguments("{'store': {}}", "$: not valid JSON at line 1, column 2: keys and text must be in double"
                            + " quotes, not single quotes"),
                    arguments("{} {}", "$: not valid JSON at line 1, column 4: there is more text after the end of the"
                            + " top-level object"),
                    arguments("{\"access\": {\"users\": [{},]}}", "$: not valid JSON at line 1, column 26: found ']' where a value"
                            + " was expected (remove the comma after the last item)"),
                    arguments("{\"store\": {\"url\": \"a\\q\"}}", "$: not valid JSON at line 1, column 22: text contains an invalid"
                            + " backslash escape (write \\\\ for a backslash)"),
                    arguments("{\"quantconnect\": {\"timeouts\": {\"readSeconds\": 030}}}", "$: not valid JSON at"
                            + " line 1, column 48: a number is not written the way JSON requires (no leading zeros, no"
                            + " '+', digits after a '.')"),
                    arguments("{\"store\": {\"url\": \"a\nb\"}}", "$: not valid JSON at line 1, column 21: text in double quotes must"
                            + " end on the same line; a control character or line break inside it must be escaped"),
                    arguments("{\"store\": {\"url\": \"a\"}}}", "$: not valid JSON at line 1, column 24: found a closing '}' with"
                            + " nothing to close"),
                    arguments("  \n", "$: the file is empty; it must hold a JSON object"),
                    arguments("[]", "$: expected an object but found a list"));
        }

        @ParameterizedTest
        @MethodSource("malformed")
        void isOneProblemWithLineAndColumn(String json, String expected) {
            assertThat(problemsOf(json)).containsExactly(expected);
        }
    }

    @Nested
    class CrossReferences {
        static Stream<Arguments> defaultBrokerages() {
            String profiles = "{\"paper\": {\"id\": \"QuantConnectBrokerage\"}, \"ib-live\": {\"id\":"
                    + " \"InteractiveBrokersBrokerage\"}}";
            return Stream.of(
                    arguments(profiles, "\"ib_live\"",
                            "$.defaultBrokerage: no profile named \"ib_live\" in $.brokerages; did you mean \"ib-live\"?"),
                    arguments(profiles, "\"tradier\"",
                            "$.defaultBrokerage: no profile named \"tradier\" in $.brokerages (its profiles are: paper,"
                                    + " ib-live)"),
                    arguments("{}", "\"paper\"",
                            "$.defaultBrokerage: no profile named \"paper\" in $.brokerages, which defines none"));
        }

        @ParameterizedTest
        @MethodSource("defaultBrokerages")
        void theDefaultBrokerageMustNameAProfile(String profiles, String name, String expected) {
            String json = with(with("/brokerages", profiles), "/defaultBrokerage", name);

            assertThat(problemsOf(json)).containsExactly(expected);
        }

        static Stream<Arguments> roleReferences() {
            return Stream.of(
                    arguments("/access/users", "[{\"name\": \"ann\", \"roles\": [\"viewer\", \"admn\"]}]",
                            "$.access.users[0].roles[1]: unknown role \"admn\"; did you mean \"admin\"?"),
                    arguments("/access/discordRoles", "{\"445566778899001122\": [\"ops\"]}",
                            "$.access.discordRoles['445566778899001122'][0]: unknown role \"ops\"; the roles are:"
                                    + " viewer, trader, admin, risk"),
                    arguments("/access/slackUserGroups", "{\"S0123ABCD\": [\"rsik\"]}",
                            "$.access.slackUserGroups.S0123ABCD[0]: unknown role \"rsik\"; did you mean \"risk\"?"),
                    arguments("/access/roles/ops", "{\"permissions\": [\"stop\"], \"inherits\": [\"supervisor\"]}",
                            "$.access.roles.ops.inherits[0]: unknown role \"supervisor\"; the roles are: viewer,"
                                    + " trader, admin, risk, ops"));
        }

        @ParameterizedTest
        @MethodSource("roleReferences")
        void everyRoleNamedMustExist(String pointer, String value, String expected) {
            String withRisk = with("/access/roles/risk", "{\"permissions\": [\"stop\"]}");

            assertThat(problemsOf(with(withRisk, pointer, value))).containsExactly(expected);
        }

        @Test
        void rolesMayNotInheritInALoop() {
            String json = with("/access/roles", "{\"a\": {\"permissions\": [], \"inherits\": [\"b\"]},"
                    + " \"b\": {\"permissions\": [], \"inherits\": [\"viewer\", \"a\"]},"
                    + " \"c\": {\"permissions\": [], \"inherits\": [\"c\"]}}");

            assertThat(problemsOf(json)).containsExactly(
                    "$.access.roles.a.inherits: roles inherit from each other in a loop: a -> b -> a",
                    "$.access.roles.c.inherits: roles inherit from each other in a loop: c -> c");
        }

        @Test
        void eachPersonAndIdentityIsListedOnce() {
            String json = with("/access/users", "["
                    + "{\"name\": \"ann\", \"discordUserIds\": [\"111\"], \"consoleUser\": \"ann\"},"
                    + "{\"name\": \"bob\", \"discordUserIds\": [\"222\", \"111\"], \"slackUserIds\": [\"U1\"]},"
                    + "{\"name\": \"ann\", \"slackUserIds\": [\"U1\"], \"consoleUser\": \"ann\"}]");

            assertThat(problemsOf(json)).containsExactly(
                    "$.access.users[1].discordUserIds[1]: already belongs to user \"ann\" at $.access.users[0]; list"
                            + " each person once",
                    "$.access.users[2].name: another user, at $.access.users[0], has the same name; list each person once",
                    "$.access.users[2].slackUserIds[0]: already belongs to user \"bob\" at $.access.users[1]; list"
                            + " each person once",
                    "$.access.users[2].consoleUser: already belongs to user \"ann\" at $.access.users[0]; list each"
                            + " person once");
        }
    }

    @Nested
    class Reports {
        private static final String BROKEN = """
                {
                  "quantconect": {},
                  "quantconnect": {
                    "userId": 123456,
                    "apiToken": "my-literal-token",
                    "timeouts": { "readSeconds": "30" }
                  },
                  "defaultBrokerage": "paper",
                  "store": { "url": "sqlite" },
                  "discord": { "token": "${DISCORD_TOKEN_UNSET}" },
                  "slack": { "botToken": "${SLACK_BOT_TOKEN}", "mode": "socket" },
                  "access": { "users": [ { "name": "ann", "roles": ["admn"] } ] }
                }
                """;

        @Test
        void listEveryProblemAtOnceInFileOrder() {
            ConfigException e = catchProblems(BROKEN);

            assertThat(e.problems()).hasSize(9);
            assertThat(e.getMessage()).isEqualTo("""
                    bot-config.json has 9 problems:
                      $.quantconect: unknown key; did you mean "quantconnect"?
                      $.quantconnect.userId: expected a string but found an integer
                      $.quantconnect.apiToken: must be an ${ENV_VAR} reference so the secret stays out of the file, \
                    e.g. "${QC_API_TOKEN}"
                      $.quantconnect.timeouts.readSeconds: expected an integer but found a string
                      $.defaultBrokerage: no profile named "paper" in $.brokerages, which defines none
                      $.store.url: must be a JDBC URL of SQLite or PostgreSQL, e.g. jdbc:sqlite:data/liveops.db or \
                    jdbc:postgresql://localhost:5432/liveops
                      $.discord.token: environment variable DISCORD_TOKEN_UNSET is not set
                      $.slack.appToken: required key is missing (needed when mode is "socket")
                      $.access.users[0].roles[0]: unknown role "admn"; did you mean "admin"?""");
            assertThat(e.getMessage()).doesNotContain("my-literal-token");
        }

        @Test
        void sayOneProblemInTheSingular() {
            ConfigException e = catchProblems(with("/store/url", "\"sqlite\""));

            assertThat(e.getMessage()).isEqualTo("bot-config.json has 1 problem:\n"
                    + "  $.store.url: must be a JDBC URL of SQLite or PostgreSQL, e.g. jdbc:sqlite:data/liveops.db"
                    + " or jdbc:postgresql://localhost:5432/liveops");
            assertThat(e.source()).isEqualTo("bot-config.json");
        }

        @Test
        void aMissingFileIsOneSentence() {
            Path missing = Path.of("target", "no-such-bot-config.json");

            assertThatThrownBy(() -> loader.load(missing))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("Config file " + missing + " does not exist (looked for " + missing.toAbsolutePath()
                            + "); copy bot-config.example.json to start one.");
        }

        @Test
        void aDirectoryIsOneSentence() {
            assertThatThrownBy(() -> loader.load(Path.of("src")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("Config file src is a directory, not a file.");
        }

        private ConfigException catchProblems(String json) {
            try {
                loader.parse(json, "bot-config.json");
            } catch (ConfigException e) {
                return e;
            }
            return fail("expected a ConfigException");
        }
    }
}
