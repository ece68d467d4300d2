package dev.liveops.discord;

/** Shortens text to a Discord limit and says what was cut, so a long reply is never rejected or silently cut. */
final class TextCut {
    private static final String ELLIPSIS = "…";

    private TextCut() {
    }

    /** At most {@code max} characters, ending in "… (N more characters)" when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String longestNote = ELLIPSIS + " (" + text.length() + " more characters)";
        int keep = safeEnd(text, max - longestNote.length());
        if (keep < 1) {
            return text.substring(0, safeEnd(text, max - ELLIPSIS.length())) + ELLIPSIS;
        }
        return text.substring(0, keep) + ELLIPSIS + " (" + (text.length() - keep) + " more characters)";
    }

    /** Like {@link #cut} but keeps whole lines when it can, ending in "… N more lines". */
    static String cutLines(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        String longestNote = "\n" + ELLIPSIS + " " + lines + " more lines";
        int room = max - longestNote.length();
        int lineEnd = room > 0 ? text.lastIndexOf('\n', room) : -1;
        if (lineEnd < room / 2) {
            return cut(text, max);
        }
        int rest = (int) text.substring(lineEnd + 1).chars().filter(c -> c == '\n').count() + 1;
        return text.substring(0, lineEnd) + "\n" + ELLIPSIS + " " + rest + (rest == 1 ? " more line" : " more lines");
    }

    /** Never ends inside a surrogate pair: half an emoji is invalid text. */
    private static int safeEnd(String text, int end) {
        if (end <= 0) {
            return Math.max(end, 0);
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
