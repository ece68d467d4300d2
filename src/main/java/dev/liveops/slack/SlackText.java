package dev.liveops.slack;

import java.util.ArrayList;
import java.util.List;

/** Escaping and cutting text for Slack's mrkdwn, counting what Slack counts after escaping. */
final class SlackText {
    static final String ELLIPSIS = "…";

    private SlackText() {
    }

    /** Slack reads {@code <...>} as links and mentions: user and QuantConnect text must not be able to do that. */
    static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** At most {@code max} chars, ending in an ellipsis when cut; never inside an entity or a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = safeEnd(text, Math.max(0, max - ELLIPSIS.length()));
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * Splits escaped text into pieces of at most {@code max} chars, preferring line breaks, then spaces; at most
     * {@code maxPieces}, the last one cut with an ellipsis when text remains.
     */
    static List<String> split(String text, int max, int maxPieces) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && pieces.size() < maxPieces) {
            if (rest.length() <= max) {
                pieces.add(rest);
                return pieces;
            }
            if (pieces.size() == maxPieces - 1) {
                pieces.add(cut(rest, max));
                return pieces;
            }
            int end = breakBefore(rest, max);
            pieces.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        return pieces;
    }

    private static int breakBefore(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            return space;
        }
        return safeEnd(text, max);
    }

    /** Moves {@code end} back so the text before it ends neither inside "&amp;" nor between two halves of a char. */
    private static int safeEnd(String text, int end) {
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp >= end - 5 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
