package dev.digestbot.summarize.figure;

import dev.digestbot.summarize.Words;
import dev.digestbot.summarize.figure.Mention.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Labels that come from how a line is laid out rather than from its grammar: a caption before a
 * colon ("Total cost: £4.06", "Attendance: 19,537") or after a dash ("9,000 - employees work at the
 * hotel"), and a figure fronted by "At" ("At 2.6%, inflation remains low").
 */
final class Captions {
    private static final int MAX_CAPTION = 4;
    /** Captions that already say what a sum or count is: "Total cost: £4.06", "Highest score: 190". */
    private static final Set<String> MEASURES = WordLists.set("cost price total fee fare attendance capacity "
            + "score population turnout crowd budget prize salary value rent size age");

    private static final Set<String> BE = WordLists.set("is are was were be been");
    private static final Set<String> DASHES = WordLists.set("- – —");
    /** What may follow a captioned figure: "£2.50 for 1lb", "£2.39 each", the end of the line. */
    private static final Set<String> ENDINGS = WordLists.set(". , ; ( for each per a");

    private Captions() {}

    /** The label a figure's line gives it, or null when the figure sits in an ordinary sentence. */
    static String of(Tokens t, Mention m) {
        int before = m.first() - 1;
        if (t.is(before, ":") && (m.last() + 1 >= t.size() || ENDINGS.contains(t.lower(m.last() + 1)))) {
            return colon(t, m, before);
        }
        boolean opening = m.first() == t.firstWord();
        if (opening && DASHES.contains(t.lower(m.last() + 1)) && m.kind() == Kind.COUNT) {
            String after = FollowingPhrase.of(t, new Mention(m.first(), m.last() + 1, m.kind(), m.number()));
            if (after == null) {
                return null;
            }
            String caption = lowerFirst(t, m.last() + 2, after); // "7,000 - Rooms and suites"
            return Words.count(caption) > 1 ? caption : Labels.widen(caption, m.kind());
        }
        boolean at = t.is(before, "at") && t.atStart(before) && t.is(m.last() + 1, ",");
        return at && m.kind() == Kind.PERCENT ? fronted(t, m.last() + 2) : null;
    }

    /** "Loose courgettes: £0.30" -> "price of loose courgettes"; "Centuries: 15" -> "number of centuries". */
    private static String colon(Tokens t, Mention m, int colon) {
        int start = t.firstWord();
        int words = 0;
        for (int k = start; k < colon; k++) {
            boolean word = t.isWord(k) && !Clauses.REPORTING.contains(t.lower(k)) && !BE.contains(t.lower(k));
            if (!word && !t.isNumber(k) && !t.is(k, ",") && !t.isJoiner(k)) {
                return null; // "He said: 27 ..." is speech, not a caption
            }
            words += (t.isWord(k) || t.isNumber(k)) && !t.glued(k) ? 1 : 0; // "400g" is one word
        }
        if (words == 0 || words > MAX_CAPTION) {
            return null;
        }
        String caption = lowerFirst(
                t, start, Phrases.words(t, new Phrases.Span(start, colon - 1)).replace(" ,", ","));
        String head = caption.substring(caption.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (MEASURES.contains(head) || head.endsWith("s") && m.kind() == Kind.COUNT && words > 1) {
            return words == 1 ? singleMeasure(head, m.kind()) : caption; // "Highest score", "Test matches"
        }
        return m.kind() == Kind.MONEY ? "price of " + caption : words == 1 ? Labels.widen(caption, m.kind()) : caption;
    }

    /** "Loose courgettes" -> "loose courgettes": a caption is capitalized as a line; "Smart Price bag" stays. */
    private static String lowerFirst(Tokens t, int start, String caption) {
        boolean name =
                t.isCapitalized(start + 1) || Character.isUpperCase(caption.charAt(Math.min(1, caption.length() - 1)));
        return name ? caption : Character.toLowerCase(caption.charAt(0)) + caption.substring(1);
    }

    /** "Total: £4.89" -> "total cost"; "Attendance: 19,537" -> "attendance figure"; "Age: 27" -> "age in years". */
    private static String singleMeasure(String word, Kind kind) {
        if (word.equals("age")) {
            return "age in years";
        }
        if (word.equals("total")) {
            return kind == Kind.MONEY ? "total cost" : "total number";
        }
        return word + " figure";
    }

    /** "At 2.6%, inflation remains within target" -> "inflation rate". */
    private static String fronted(Tokens t, int k) {
        Phrases.Span subject = Phrases.nounAfter(t, Phrases.skipDeterminers(t, k), 3);
        return subject.isEmpty() ? null : Labels.widen(Phrases.words(t, subject), Kind.PERCENT);
    }
}
