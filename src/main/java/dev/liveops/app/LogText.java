package dev.liveops.app;

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

    /** C0 and C1 controls, DEL, U+2028/U+2029, and the bidirectional overrides that reorder what a reader sees. */
    static boolean unsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
