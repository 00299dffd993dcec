package dev.digestbot.summarize.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the two halves of a quotation that its attribution interrupts ({@code "X," he said. "Y."})
 * and gives every quote its speaker: from its own attribution, else from the subject of a partial
 * quote's sentence, else from the quote or reported speech just before it.
 */
final class QuoteAssembler {
    /** Words allowed after an attribution before the quotation resumes: {@code said Hynde, 53.} */
    private static final int MAX_GAP_WORDS = 12;
    /** How many sentences back an unattributed quote may look for its speaker. */
    private static final int MAX_INHERIT_SENTENCES = 3;

    private final String text;
    private final List<Quotation> quotations;
    private final Tokens tokens;
    private final NameIndex names;
    private final AttributionParser parser;
    private final SpeakerResolver resolver;
    private final Attribution[] trailing;
    private final String[] speakers;

    QuoteAssembler(String text, List<Quotation> quotations) {
        this.text = text;
        this.quotations = quotations;
        this.tokens = new Tokens(text, quotations);
        this.names = new NameIndex(tokens);
        this.parser = new AttributionParser(tokens);
        this.resolver = new SpeakerResolver(tokens, names);
        this.trailing = new Attribution[quotations.size()];
        this.speakers = new String[quotations.size()];
        for (int q = 0; q < quotations.size(); q++) {
            trailing[q] = parser.trailing(tokens.tokenOfQuote(q));
        }
    }

    List<QuoteCandidate> assemble() {
        List<QuoteCandidate> out = new ArrayList<>();
        int q = 0;
        while (q < quotations.size()) {
            int last = q;
            while (joinsNext(last)) {
                last++;
            }
            String speaker = speaker(q, last);
            List<Piece> pieces = new ArrayList<>();
            for (int k = q; k <= last; k++) {
                speakers[k] = speaker;
                pieces.add(piece(quotations.get(k)));
            }
            out.add(new QuoteCandidate(pieces, speaker));
            q = last + 1;
        }
        return out;
    }

    /** The quoted run without a comma that an attribution follows. */
    private Piece piece(Quotation q) {
        int end = q.end();
        if (text.charAt(end - 1) == ',') {
            end--;
            while (end > q.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Piece(q.start(), end);
    }

    /** Whether quotation {@code q} goes on in {@code q + 1}, only its attribution between them. */
    private boolean joinsNext(int q) {
        if (q + 1 >= quotations.size() || !quotations.get(q).closed() || trailing[q] == null) {
            return false;
        }
        int next = tokens.tokenOfQuote(q + 1);
        int words = 0;
        for (int k = trailing[q].end(); k < next; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE || t.isWord() && (++words > MAX_GAP_WORDS || parser.verb(k))) {
                return false;
            }
        }
        // "X," said Hynde. "Y," she said: one statement; "Y," said Clapton or "Y," she said after
        // a man's words: a new one
        Attribution own = trailing[q + 1];
        return own == null
                || own.to() - own.from() == 1
                        && AttributionWords.pronoun(tokens.get(own.from()))
                        && java.util.Objects.equals(resolver.resolve(own), resolver.resolve(trailing[q]));
    }

    private String speaker(int first, int last) {
        int token = tokens.tokenOfQuote(first);
        boolean attributed = false;
        Attribution leading = parser.leading(token);
        List<Attribution> found = new ArrayList<>();
        if (leading != null) {
            found.add(leading);
        }
        for (int k = first; k <= last; k++) {
            if (trailing[k] != null) {
                found.add(trailing[k]);
            }
        }
        for (Attribution a : found) {
            attributed = true;
            String speaker = resolver.resolve(a);
            if (speaker != null) {
                return speaker;
            }
        }
        int start = parser.sentenceStart(token);
        String subject = resolver.subject(start, token);
        if (subject != null || attributed || hasOtherSubject(start, token)) {
            return subject;
        }
        return inherited(token);
    }

    /** Whether a name or pronoun before a partial quote says someone else is the sentence's subject. */
    private boolean hasOtherSubject(int from, int to) {
        for (int k = from; k < to; k++) {
            int m = names.mentionAt(k);
            if (m >= 0 && names.entity(m).person() || AttributionWords.pronoun(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The speaker of the quote or reported speech in the sentences just before token {@code at}. */
    private String inherited(int at) {
        int k = parser.sentenceStart(at) - 1;
        int breaks = 0;
        for (int back = 0; k >= 0 && back < MAX_INHERIT_SENTENCES; back++) {
            if (tokens.get(k).type() == Token.Type.BREAK && ++breaks > 1) {
                return null;
            }
            int start = parser.sentenceStart(k);
            int quote = lastQuote(start, k);
            if (quote >= 0) {
                return speakers[quote];
            }
            Attribution reported = parser.reported(start, k + 1);
            if (reported != null) {
                return resolver.resolve(reported);
            }
            if (namesPerson(start, k)) {
                return null;
            }
            k = start - 1;
        }
        return null;
    }

    private int lastQuote(int from, int to) {
        for (int k = to; k >= from; k--) {
            if (tokens.get(k).type() == Token.Type.QUOTE) {
                return tokens.get(k).quote();
            }
        }
        return -1;
    }

    private boolean namesPerson(int from, int to) {
        for (int k = from; k <= to; k++) {
            int m = names.mentionAt(k);
            if (m >= 0 && names.entity(m).person()) {
                return true;
            }
        }
        return false;
    }
}
