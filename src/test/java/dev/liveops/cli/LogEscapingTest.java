package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.liveops.config.LoggingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values from outside cannot forge log lines: a newline, ESC, NUL or U+2028 in a name, a command or QuantConnect's
 * error text is written as a visible escape, by the real logging setup, whichever call site logged it.
 */
class LogEscapingTest {
    private static final String FORGED = "alice\n2026-11-20T14:30:00.000Z INFO  [main] dev.liveops.Fake - approved"
            + "\u001b[2K\u0000\u2028\u2029";
    private static final String ESCAPED = "alice\\n2026-11-20T14:30:00.000Z INFO  [main] dev.liveops.Fake - approved"
            + "\\u001b[2K\\u0000\\u2028\\u2029";

    @TempDir
    Path folder;

    private final Logger log = LoggerFactory.getLogger("dev.liveops.cli.LogEscapingTest");

    @Test
    void theConsoleLogFileGetsOneLinePerEvent() throws IOException {
        Path file = folder.resolve("liveops.log");
        try (LogOutput ignored = LogOutput.toFile(file, Map.of(), LoggingConfig.DEFAULT)) {
            log.info("{} ran {}", FORGED, "read\r\nmomentum");
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).endsWith(" - " + ESCAPED + " ran read\\r\\nmomentum");
    }

    @Test
    void anExceptionsMessageStaysOnItsLine() throws IOException {
        Path file = folder.resolve("liveops.log");
        try (LogOutput ignored = LogOutput.toFile(file, Map.of(), LoggingConfig.DEFAULT)) {
            log.warn("QuantConnect failed", new IllegalStateException("Runtime error:\nINFO forged\u2028line",
                    new RuntimeException("cause\nforged")));
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines).filteredOn(line -> !line.startsWith("\t")).containsExactly(
                lines.get(0),
                "java.lang.IllegalStateException: Runtime error:\\nINFO forged\\u2028line",
                "Caused by: java.lang.RuntimeException: cause\\nforged");
        assertThat(lines.get(0)).endsWith(" WARN  [main] dev.liveops.cli.LogEscapingTest - QuantConnect failed");
    }

    @Test
    void theStandardErrorAppenderFromLogbackXmlEscapesToo() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.liveops.Test"), Level.INFO,
                "console user {}", null, new Object[] {FORGED});

        String encoded = new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(encoded).endsWith(" - console user " + ESCAPED + System.lineSeparator())
                .hasLineCount(1);
    }
}
