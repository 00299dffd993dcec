package dev.digestbot.summarize.figure;

/**
 * A number found in a sentence, before it is labelled.
 *
 * @param first index of its first token (a currency sign, "top", "a" of "a third")
 * @param last index of its last token, inclusive (the unit of "two hours", "m" of "14m")
 * @param kind what sort of quantity it is; {@link Kind#NONE} for a number that is not a figure
 *     (a date, a time, a name), which the finder still consumes so its parts are not read again
 * @param number its approximate value, used to rank and to spot repeats
 */
record Mention(int first, int last, Kind kind, double number) {
    enum Kind {
        MONEY,
        PERCENT,
        COUNT,
        DURATION,
        MEASURE,
        AGE,
        RANK,
        SCORE,
        FRACTION,
        RATIO,
        MULTIPLE,
        NONE
    }

    static Mention none(int first, int last) {
        return new Mention(first, last, Kind.NONE, 0);
    }

    boolean isFigure() {
        return kind != Kind.NONE;
    }

    Mention withEnd(int newLast, Kind newKind, double newNumber) {
        return new Mention(first, newLast, newKind, newNumber);
    }
}
