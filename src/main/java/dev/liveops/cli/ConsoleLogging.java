package dev.liveops.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import dev.liveops.app.SafeLogEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In a console session the terminal belongs to the conversation: log lines would land between a preview and its
 * confirmation. So logs go to a file instead, and the banner says where; closing gives the terminal its logs back.
 */
final class ConsoleLogging implements AutoCloseable {
    private final ch.qos.logback.classic.Logger root;
    private final FileAppender<ILoggingEvent> file;
    private final List<Appender<ILoggingEvent>> replaced;

    private ConsoleLogging(ch.qos.logback.classic.Logger root, FileAppender<ILoggingEvent> file,
                           List<Appender<ILoggingEvent>> replaced) {
        this.root = root;
        this.file = file;
        this.replaced = replaced;
    }

    static ConsoleLogging toFile(Path path) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new ConsoleLogging(null, null, List.of());
        }
        SafeLogEncoder encoder = new SafeLogEncoder();
        encoder.setContext(context);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(path.toString());
        file.setEncoder(encoder);
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> replaced = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(replaced::add);
        replaced.forEach(root::detachAppender);
        root.addAppender(file);
        return new ConsoleLogging(root, file, replaced);
    }

    @Override
    public void close() {
        if (root == null) {
            return;
        }
        root.detachAppender(file);
        file.stop();
        replaced.forEach(root::addAppender);
    }
}
