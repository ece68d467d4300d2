package dev.liveops.app;

import dev.liveops.text.Visible;

/**
 * Text from outside (names, command lines, QuantConnect's error messages) made safe for a one-event-per-line log:
 * control characters and line or paragraph separators become visible escapes (and a backslash is doubled, so an
 * escape cannot be faked), so no value can start a forged line, move the cursor or hide what follows it.
 */
public final class LogText {
    private LogText() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(c -> c == '\\' || unsafe(c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // Escaped too, so that a typed "\n" can never pass for an escaped newline.
                case '\\' -> out.append("\\\\");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The same characters an echo in chat shows escaped: one rule for what acts on a reader. */
    static boolean unsafe(int c) {
        return Visible.acts(c);
    }
}
