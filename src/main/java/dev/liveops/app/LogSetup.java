package dev.liveops.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;

/**
 * LiveOps' logging set up in code, found by logback through {@code META-INF/services}: log lines go to standard
 * error (the console adapter owns standard output), escaped by {@link SafeLogEncoder}; {@value #LEVEL_VARIABLE}
 * (default INFO) sets the level of LiveOps' own loggers, WARN everything else's. It replaces a logback.xml because
 * reading one (logback's XML configurator) was about a seventh of the CPU that start-up spent before the first
 * answer. A {@code logback.xml} or {@code logback-test.xml} on the classpath, or {@code -Dlogback.configurationFile},
 * still wins: then this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements ch.qos.logback.classic.spi.Configurator {
    public static final String LEVEL_VARIABLE = "LIVEOPS_LOG_LEVEL";
    public static final String APPENDER_NAME = "STDERR";
    private static final String CONFIG_FILE_PROPERTY = "logback.configurationFile";

    private final UnaryOperator<String> variables;
    private final ClassLoader resources;

    /** As logback makes it: system properties, then the environment, as logback.xml's {@code ${...}} read them. */
    public LogSetup() {
        this(name -> Optional.ofNullable(System.getProperty(name)).orElseGet(() -> System.getenv(name)),
                LogSetup.class.getClassLoader());
    }

    /**
     * @param variables looks up {@value #LEVEL_VARIABLE} and {@code logback.configurationFile}; null when unset
     * @param resources where a logback.xml or logback-test.xml would be found
     */
    public LogSetup(UnaryOperator<String> variables, ClassLoader resources) {
        this.variables = variables;
        this.resources = resources;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (variables.apply(CONFIG_FILE_PROPERTY) != null || resources.getResource("logback-test.xml") != null
                || resources.getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        SafeLogEncoder encoder = new SafeLogEncoder();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName(APPENDER_NAME);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger("dev.liveops").setLevel(Level.toLevel(variables.apply(LEVEL_VARIABLE), Level.INFO));
        // Logs a stack trace whenever auth.test fails; LiveOps reports that failure itself, in one sentence.
        context.getLogger("com.slack.api.methods.impl.TeamIdCache").setLevel(Level.OFF);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
