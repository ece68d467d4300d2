package dev.liveops.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for typos: the closest candidate, if it is close enough to be the likely intent. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return ranked(typed, candidates, 1).stream().findFirst();
    }

    /** Up to {@code limit} candidates close enough to be what was meant, the closest first. */
    public static List<String> ranked(String typed, Collection<String> candidates, int limit) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        // A third of the word may be wrong: catches "quantconect" and "deplyo", not unrelated short words.
        return candidates.stream()
                .map(candidate -> new Scored(candidate, distance(wanted, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= Math.max(1, scored.candidate().length() / 3))
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(limit)
                .map(Scored::candidate)
                .toList();
    }

    private record Scored(String candidate, int distance) {
    }

    /** "; did you mean "x"?" or nothing: ready to append to a message. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(match -> "; did you mean \"" + match + "\"?").orElse("");
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
