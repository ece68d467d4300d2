package dev.liveops.quantconnect;

/**
 * The short texts a large answer repeats on every row (a brokerage's name, "live", an empty description), each kept
 * as one String: read from a parser's characters, a text already seen makes no new String. Holds at most
 * {@value #CAPACITY} texts of up to {@value #MAX_LENGTH} characters; anything else is made afresh. One per read,
 * one thread.
 */
final class RepeatedText {
    static final int CAPACITY = 512;
    static final int MAX_LENGTH = 64;
    private static final int SLOTS = CAPACITY * 2;

    private final String[] kept = new String[SLOTS];
    private int size;

    String of(char[] chars, int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (kept[slot] != null) {
            if (sameText(kept[slot], chars, offset, length)) {
                return kept[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String text = new String(chars, offset, length);
        if (size < CAPACITY) {
            kept[slot] = text;
            size++;
        }
        return text;
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
