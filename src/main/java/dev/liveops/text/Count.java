package dev.liveops.text;

/** A count with its noun, agreeing in number: "1 open holding", "3 open holdings". */
public final class Count {
    private Count() {
    }

    /** A noun whose plural adds "s" ("log line", "failed poll"). */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** A noun with another plural, given explicitly ("entry", "entries"). */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
