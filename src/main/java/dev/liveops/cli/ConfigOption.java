package dev.liveops.cli;

import dev.liveops.config.BotConfig;
import dev.liveops.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The --config option shared by the commands that run against a real QuantConnect account. */
final class ConfigOption {
    // "$${" is picocli's escape for a literal "${": unescaped, it would print the variable's value, "null".
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The bot config (see bot-config.example.json); secrets come from $${ENV_VAR}s.")
    Path file;

    BotConfig load(Map<String, String> env) {
        return new ConfigLoader(env).load(file);
    }
}
