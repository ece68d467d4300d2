package dev.liveops.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.liveops.command.LogContext;
import java.util.Arrays;
import net.logstash.logback.decorate.JsonFactoryDecorator;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * One JSON object per line: time (UTC), level, logger, thread, message, stack trace, and the ids of
 * {@link LogContext}; nothing else from the thread's context or logback's reaches a line, so a library that puts a
 * header or token there cannot leak it. Values keep their text: JSON's own escaping keeps each event on its line, and
 * the characters {@link LogText} escapes in the text format are written as {@code \\uXXXX} here too, so no reader
 * (one that splits on U+2028, a terminal honouring ESC) sees a line or a colour that is not there.
 */
public final class JsonLogEncoder extends LogstashEncoder {
    public JsonLogEncoder() {
        setIncludeContext(false);
        setIncludeMdcKeyNames(LogContext.Key.fields());
        setTimeZone("UTC");
        setLineSeparator("UNIX");
        setJsonFactoryDecorator(new EscapingUnsafeCharacters());
    }

    private static final class EscapingUnsafeCharacters implements JsonFactoryDecorator {
        @Override
        public JsonFactory decorate(JsonFactory factory) {
            return factory.setCharacterEscapes(new UnsafeAsEscapes());
        }
    }

    /** Jackson escapes quotes, backslashes and C0 controls; DEL, C1 controls and the rest of LogText's list too. */
    private static final class UnsafeAsEscapes extends CharacterEscapes {
        private final int[] ascii = withDelete(standardAsciiEscapesForJSON());

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return LogText.unsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }

        private static int[] withDelete(int[] standard) {
            int[] codes = Arrays.copyOf(standard, standard.length);
            codes[0x7f] = ESCAPE_STANDARD;
            return codes;
        }
    }
}
