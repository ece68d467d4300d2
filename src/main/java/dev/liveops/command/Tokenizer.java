package dev.liveops.command;

import java.util.ArrayList;
import java.util.List;

/** Splits a line on white space, keeping "double" or 'single' quoted words together (project names may hold spaces). */
final class Tokenizer {
    private Tokenizer() {
    }

    /** The words, or a {@link BadInput} naming the unclosed quote. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'' || c == '\u201c' || c == '\u201d') {
                // Chat clients turn straight quotes into curly ones; accept both.
                quote = c == '\u201c' ? '\u201d' : c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new BadInput("A quote (" + quote + ") is not closed.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Input the parser refuses, with the sentence to show. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message, null, false, false);
        }
    }
}
