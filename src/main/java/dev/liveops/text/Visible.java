package dev.liveops.text;

/**
 * Text someone else typed, made safe to show back: control characters, line and paragraph separators and the
 * bidirectional controls that reorder what a reader sees become visible escapes ({@code \u001b}), so an echo can
 * neither clear a terminal, break a line, nor disguise the words around it.
 */
public final class Visible {
    private Visible() {
    }

    public static String of(String text) {
        if (text.chars().noneMatch(Visible::acts)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (acts(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /** C0 and C1 controls (tab and newline included), DEL, U+2028/U+2029 and the bidirectional controls. */
    public static boolean acts(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
