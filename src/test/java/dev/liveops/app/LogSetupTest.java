package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {
    /** Finds no logback.xml and no logback-test.xml. */
    private static final ClassLoader NO_FILES = new ClassLoader(null) { };

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogSetup.class);
    }

    @Test
    void ourLoggersAtInfoOthersAtWarnOnStandardErrorEscaped() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = setUp(Map.of(), NO_FILES).configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("dev.liveops.notify.StatusWatcher").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.slack.api.methods.impl.TeamIdCache").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender(LogSetup.APPENDER_NAME);
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(stderr.getEncoder()).isInstanceOf(SafeLogEncoder.class);
        assertThat(stderr.isStarted()).isTrue();
    }

    @Test
    void theLevelVariableSetsOurLoggersLevel() {
        LoggerContext context = new LoggerContext();

        setUp(Map.of(LogSetup.LEVEL_VARIABLE, "debug"), NO_FILES).configure(context);

        assertThat(context.getLogger("dev.liveops.store.Database").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineWins() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = setUp(Map.of("logback.configurationFile", "/etc/liveops/logback.xml"), NO_FILES)
                .configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void aLogbackXmlOnTheClasspathWins() {
        ClassLoader withFile = new ClassLoader(null) {
            @Override
            public java.net.URL getResource(String name) {
                return name.equals("logback.xml") ? LogSetupTest.class.getResource("LogSetupTest.class") : null;
            }
        };
        LoggerContext context = new LoggerContext();

        assertThat(setUp(Map.of(), withFile).configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    private static LogSetup setUp(Map<String, String> variables, ClassLoader resources) {
        return new LogSetup(variables::get, resources);
    }
}
