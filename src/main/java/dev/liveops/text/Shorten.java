package dev.liveops.text;

/**
 * The one way LiveOps shortens text to a limit. What is cut ends in "…", never halfway through a character (a
 * surrogate pair: half an emoji is invalid text) or through a character entity such as "&amp;" (Slack counts and
 * cuts its text escaped; cutting there would show a broken entity, and elsewhere it costs at most a few characters).
 */
public final class Shorten {
    public static final String ELLIPSIS = "…";
    /** The longest character entity the boundary rule knows: "&quot;". */
    private static final int LONGEST_ENTITY = 6;

    private Shorten() {
    }

    /** At most {@code max} characters, ending in "…" when cut. */
    public static String to(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max < ELLIPSIS.length()) {
            return "";
        }
        return text.substring(0, safeEnd(text, max - ELLIPSIS.length())) + ELLIPSIS;
    }

    /** At most {@code max} characters, ending in "… (N more characters)" when cut, so the reader knows how much. */
    public static String counting(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String longestNote = ELLIPSIS + " (" + text.length() + " more characters)";
        int keep = safeEnd(text, max - longestNote.length());
        if (keep < 1) {
            return to(text, max);
        }
        return text.substring(0, keep) + ELLIPSIS + " (" + (text.length() - keep) + " more characters)";
    }

    /** Like {@link #counting}, but keeps whole lines when it can and then ends in "… N more lines". */
    public static String byLines(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        String longestNote = "\n" + ELLIPSIS + " " + lines + " more lines";
        int room = max - longestNote.length();
        int lineEnd = room > 0 ? text.lastIndexOf('\n', room) : -1;
        if (lineEnd < room / 2) {
            return counting(text, max);
        }
        int rest = (int) text.substring(lineEnd + 1).chars().filter(c -> c == '\n').count() + 1;
        return text.substring(0, lineEnd) + "\n" + ELLIPSIS + " " + rest + (rest == 1 ? " more line" : " more lines");
    }

    /**
     * The largest cut at or before {@code end} that splits neither a surrogate pair nor a character entity: for
     * callers that break text into pieces themselves.
     */
    public static int safeEnd(String text, int end) {
        if (end <= 0) {
            return 0;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - LONGEST_ENTITY) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon >= end && semicolon < amp + LONGEST_ENTITY) {
                end = amp;
            }
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
