package dev.liveops.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.liveops.app.JsonLogEncoder;
import dev.liveops.app.LogText;
import dev.liveops.app.SafeLogEncoder;
import dev.liveops.app.StartupFailure;
import dev.liveops.config.LoggingConfig;
import dev.liveops.config.LoggingConfig.Format;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one command's log lines go, and in which format: {@value #FORMAT_VARIABLE} from the command's environment
 * when set, else the config's {@code logging.format}, else text. Text on standard error is LogSetup's own
 * appender, left alone; JSON, or a file, replaces the root logger's appenders until closed. In a console session the
 * terminal belongs to the conversation (log lines would land between a preview and its confirmation), so its log
 * goes to a file, and the banner says where.
 */
final class LogOutput implements AutoCloseable {
    static final String FORMAT_VARIABLE = "LOG_FORMAT";

    /** The appender a format needs, or null where the ones found (LogSetup's) already serve. */
    private interface Destination {
        Appender<ILoggingEvent> appenderFor(Format format, LoggerContext context);
    }

    private final ch.qos.logback.classic.Logger root;
    private final LoggerContext context;
    private final Destination destination;
    private final boolean followsConfig;
    private final List<Appender<ILoggingEvent>> found = new ArrayList<>();
    private Appender<ILoggingEvent> own;

    private LogOutput(LoggerContext context, Destination destination, boolean followsConfig) {
        this.context = context;
        this.root = context == null ? null : context.getLogger(Logger.ROOT_LOGGER_NAME);
        this.destination = destination;
        this.followsConfig = followsConfig;
        if (root != null) {
            root.iteratorForAppenders().forEachRemaining(found::add);
        }
    }

    /** Standard error (the launch's), in the environment's format until {@link #follow} learns the config's. */
    static LogOutput standardError(Launch launch) {
        Optional<Format> chosen = fromEnvironment(launch.env());
        LogOutput output = new LogOutput(logback(), (format, context) -> format == Format.TEXT ? null
                : streamAppender(launch.err(), format, context), chosen.isEmpty());
        output.use(chosen.orElse(Format.TEXT));
        return output;
    }

    /** A file, in the environment's format, else the config's. */
    static LogOutput toFile(Path file, Map<String, String> env, LoggingConfig configured) {
        LogOutput output = new LogOutput(logback(), (format, context) -> fileAppender(file, format, context), false);
        output.use(fromEnvironment(env).orElse(configured.format()));
        return output;
    }

    /** Switches to the config's format, unless the environment chose one. */
    void follow(LoggingConfig configured) {
        if (followsConfig) {
            use(configured.format());
        }
    }

    @Override
    public void close() {
        release();
    }

    private void use(Format format) {
        if (root == null) {
            return;
        }
        release();
        Appender<ILoggingEvent> next = destination.appenderFor(format, context);
        if (next != null) {
            found.forEach(root::detachAppender);
            root.addAppender(next);
            own = next;
        }
    }

    private void release() {
        if (own != null) {
            root.detachAppender(own);
            own.stop();
            found.forEach(root::addAppender);
            own = null;
        }
    }

    private static Optional<Format> fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(FORMAT_VARIABLE, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Format.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new StartupFailure(FORMAT_VARIABLE + " is '" + LogText.escape(value)
                    + "'; set it to text or json, or leave it unset for text.");
        }
    }

    private static LoggerContext logback() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? context : null;
    }

    private static Encoder<ILoggingEvent> encoder(Format format, LoggerContext context) {
        Encoder<ILoggingEvent> encoder = format == Format.JSON ? new JsonLogEncoder() : new SafeLogEncoder();
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }

    private static Appender<ILoggingEvent> fileAppender(Path file, Format format, LoggerContext context) {
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder(format, context));
        appender.start();
        return appender;
    }

    private static Appender<ILoggingEvent> streamAppender(OutputStream stream, Format format, LoggerContext context) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setEncoder(encoder(format, context));
        appender.setOutputStream(new KeptOpen(stream));
        appender.start();
        return appender;
    }

    /** Stopping an appender closes its stream; the launch's standard error outlives the command. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
