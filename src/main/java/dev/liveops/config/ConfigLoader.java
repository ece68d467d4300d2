package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads bot-config.json: parses it, refuses literal secrets, resolves {@code ${VAR}} references, validates it against
 * the schema and across sections, and reports every problem at once in a {@link ConfigException}; only a file with no
 * problem at all becomes a {@link BotConfig}.
 *
 * <pre>{@code
 * BotConfig config = new ConfigLoader(System.getenv()).load(Path.of("bot-config.json"));
 * }</pre>
 */
public final class ConfigLoader {
    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    private final JsonText json = new JsonText();
    private final EnvResolver env;
    private final ConfigSchema schema = new ConfigSchema();
    private final ConfigBinder binder = new ConfigBinder();

    /** @param env where {@code ${VAR}} references are resolved: {@code System.getenv()}, or a test's own map */
    public ConfigLoader(Map<String, String> env) {
        this.env = new EnvResolver(env);
    }

    /** Reads and loads a config file; a missing or unreadable file is a {@link ConfigException} with one sentence. */
    public BotConfig load(Path file) {
        String source = file.toString();
        log.info("Loading configuration from {}", source);
        return parse(read(file, source), source);
    }

    /**
     * Loads a config from its text.
     *
     * @param sourceName how the report names the text, e.g. the file name
     * @throws ConfigException listing every problem, in file order
     */
    public BotConfig parse(String text, String sourceName) {
        JsonNode written = json.parse(text, sourceName);

        // Literal secrets first: they are reported, and not resolved nor type-checked.
        List<ConfigProblem> problems = new ArrayList<>(SecretFields.literals(written));
        Set<String> literalSecrets = paths(problems);
        EnvResolver.Result resolved = env.resolve(written, literalSecrets);
        problems.addAll(resolved.problems());

        Set<String> notTypeChecked = new HashSet<>(literalSecrets);
        notTypeChecked.addAll(resolved.failed());
        problems.addAll(schema.validate(resolved.tree(), notTypeChecked));

        // A value already reported (say, a role name in the wrong format) is not reported a second time.
        Set<String> reported = paths(problems);
        CrossChecks.check(resolved.tree()).stream()
                .filter(problem -> !reported.contains(problem.path()))
                .forEach(problems::add);

        if (!problems.isEmpty()) {
            log.debug("{} has {} problem(s)", sourceName, problems.size());
            List<ConfigProblem> unique = List.copyOf(new LinkedHashSet<>(problems));
            throw ConfigException.of(sourceName, ConfigPaths.inDocumentOrder(written, unique));
        }
        BotConfig config = binder.bind(schema.withDefaults(resolved.tree()), sourceName);
        log.info("Configuration loaded: {} brokerage profile(s) {}, default {}, Discord {}, Slack {}, {} user(s)",
                config.brokerages().size(), config.brokerages().keySet(), config.defaultBrokerage().orElse("none"),
                config.discord().isPresent() ? "on" : "off",
                config.slack().map(slack -> "on (" + slack.mode() + ")").orElse("off"),
                config.access().users().size());
        return config;
    }

    private static String read(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw ConfigException.unreadable(source, "Config file " + source + " is a directory, not a file.");
        }
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw ConfigException.unreadable(source, "Config file " + source + " does not exist (looked for "
                    + file.toAbsolutePath() + "); copy bot-config.example.json to start one.");
        } catch (AccessDeniedException e) {
            throw ConfigException.unreadable(source, "Config file " + source + " cannot be read: permission denied.");
        } catch (CharacterCodingException e) {
            throw ConfigException.unreadable(source, "Config file " + source + " is not UTF-8 text.");
        } catch (IOException e) {
            throw ConfigException.unreadable(source,
                    "Config file " + source + " cannot be read: " + e.getMessage() + ".");
        }
    }

    private static Set<String> paths(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::path).collect(Collectors.toSet());
    }
}
