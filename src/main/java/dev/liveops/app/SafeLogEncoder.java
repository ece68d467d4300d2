package dev.liveops.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.pattern.DynamicConverter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place log text from outside is escaped: every appender encodes with this, so a message, its arguments and
 * an exception's message each stay on their line (see {@link LogText}), whichever call site logged them.
 */
public final class SafeLogEncoder extends LayoutWrappingEncoder<ILoggingEvent> {
    public static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} - %msg%n%ex";
    private static final List<String> MESSAGE_WORDS = List.of("m", "msg", "message");
    private static final List<String> THROWABLE_WORDS = List.of("ex", "exception", "throwable", "xEx", "xException",
            "xThrowable", "rEx", "rootException");

    private String pattern = PATTERN;

    /** Any pattern; its message and exception words are escaped whatever they are spelled as. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(getContext());
        layout.setPattern(pattern);
        Supplier<DynamicConverter> message = EscapedMessage::new;
        Supplier<DynamicConverter> throwable = EscapedThrowable::new;
        MESSAGE_WORDS.forEach(word -> layout.getInstanceConverterMap().put(word, message));
        THROWABLE_WORDS.forEach(word -> layout.getInstanceConverterMap().put(word, throwable));
        layout.start();
        setLayout(layout);
        setCharset(StandardCharsets.UTF_8);
        super.start();
    }

    /** The message with its arguments filled in, escaped. */
    static final class EscapedMessage extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return LogText.escape(event.getFormattedMessage());
        }
    }

    /** A stack trace spans lines by design; the exception messages inside it do not. */
    static final class EscapedThrowable extends ThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(EscapedProxy.of(proxy));
        }
    }

    private record EscapedProxy(IThrowableProxy raw) implements IThrowableProxy {
        static IThrowableProxy of(IThrowableProxy raw) {
            return raw == null ? null : new EscapedProxy(raw);
        }

        @Override
        public String getOverridingMessage() {
            return LogText.escape(raw.getOverridingMessage());
        }

        @Override
        public String getMessage() {
            return LogText.escape(raw.getMessage());
        }

        @Override
        public String getClassName() {
            return raw.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return raw.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return raw.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(raw.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = raw.getSuppressed();
            return suppressed == null ? null
                    : Arrays.stream(suppressed).map(EscapedProxy::of).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return raw.isCyclic();
        }
    }
}
