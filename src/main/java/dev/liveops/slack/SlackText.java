package dev.liveops.slack;

import dev.liveops.text.Shorten;
import java.util.ArrayList;
import java.util.List;

/** Escaping and splitting text for Slack's mrkdwn, counting what Slack counts after escaping. */
final class SlackText {
    private SlackText() {
    }

    /** Slack reads {@code <...>} as links and mentions: user and QuantConnect text must not be able to do that. */
    static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
                pieces.add(Shorten.to(rest, max));
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
        return Shorten.safeEnd(text, max);
    }
}
